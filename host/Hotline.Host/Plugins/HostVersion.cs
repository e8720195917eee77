using System.Reflection;

namespace Hotline.Host.Plugins;

/// <summary>The version plugins are checked against: the host assembly's informational version (e.g. 0.1.0).</summary>
public static class HostVersion
{
    public static Version Current { get; } = Of(typeof(HostVersion).Assembly);

    public static Version Of(Assembly assembly)
    {
        var informational = assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion;
        if (informational is not null && VersionRange.TryParseVersion(StripSemVerSuffix(informational), out var version))
        {
            return version;
        }

        return assembly.GetName().Version ?? new Version(0, 0, 0);
    }

    // "0.1.0-beta+abc123" → "0.1.0": pre-release and build metadata do not change the contract.
    private static string StripSemVerSuffix(string version) => version.Split('+', '-')[0];
}
