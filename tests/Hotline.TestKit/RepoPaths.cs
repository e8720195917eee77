namespace Hotline.TestKit;

/// <summary>Where the repository's build outputs are, found from the test binary's location.</summary>
public static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    /// <summary>Plugins as published by the build: artifacts/plugins/&lt;Name&gt;/.</summary>
    public static string PluginsFolder => Path.Combine(Root, "artifacts", "plugins");

    /// <summary>The host as built in the same configuration as the running tests (bin/Debug or bin/Release).</summary>
    public static string HostDll => Path.Combine(Root, "host", "Hotline.Host", "bin", BuildConfiguration, "net10.0", "Hotline.Host.dll");

    private static string BuildConfiguration =>
        AppContext.BaseDirectory.Replace('\\', '/').Contains("/bin/Release/", StringComparison.Ordinal) ? "Release" : "Debug";

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Hotline.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"Hotline.sln not found above {AppContext.BaseDirectory}");
    }
}
