using System.Text.RegularExpressions;
using Hotline.Plugins.Abstractions;
using Microsoft.Extensions.DependencyInjection;

namespace Hotline.Host.Plugins;

/// <summary>
/// One pass over the plugin folder. Each plugin is prepared completely (manifest, version,
/// assembly, entry class, handlers, its own registrations) before anything reaches the real
/// service collection, so a plugin that fails half-way leaves no trace.
/// </summary>
internal sealed partial class PluginLoadRun(
    IServiceCollection services, ILogger logger, Version hostVersion, IEnumerable<string> reservedCodes)
{
    private readonly Dictionary<string, string> _ownerOfId = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, string> _ownerOfCode =
        reservedCodes.ToDictionary(code => code, _ => "the host", StringComparer.OrdinalIgnoreCase);

    public PluginRecord LoadOne(string pluginPath)
    {
        var folder = Path.GetFileName(pluginPath);
        PluginManifest? manifest = null;
        try
        {
            manifest = PluginManifestReader.Read(pluginPath);
            var prepared = Prepare(pluginPath, manifest);
            Commit(folder, manifest, prepared);
            var kind = manifest.Kind.ToString().ToLowerInvariant();
            PluginLog.Loaded(logger, folder, manifest.Id, manifest.Version, kind, string.Join(", ", prepared.Codes));
            return new PluginRecord(folder, manifest.Id, manifest.Version, kind, PluginState.Loaded, null, prepared.Codes);
        }
        catch (Exception ex)
        {
            // Whatever a plugin does wrong (including throwing from its own code) costs only that plugin.
            var reason = ex is PluginLoadException ? ex.Message : $"{ex.GetType().Name}: {ex.Message}";
            PluginLog.Skipped(logger, folder, reason);
            var kind = manifest?.Kind.ToString().ToLowerInvariant();
            return new PluginRecord(folder, manifest?.Id, manifest?.Version, kind, PluginState.Failed, reason, []);
        }
    }

    private PreparedPlugin Prepare(string pluginPath, PluginManifest manifest)
    {
        if (_ownerOfId.TryGetValue(manifest.Id, out var idOwner))
        {
            throw new PluginLoadException($"plugin id '{manifest.Id}' is already used by {idOwner}");
        }

        VersionRange.TryParse(manifest.HostVersion, out var range);
        if (range is null || !range.Includes(hostVersion))
        {
            throw new PluginLoadException(
                $"needs host version {manifest.HostVersion} but this host is {hostVersion.ToString(3)}");
        }

        var assembly = PluginAssemblyScanner.Load(pluginPath, manifest);
        var entryType = PluginAssemblyScanner.FindEntryType(assembly);
        var handlers = PluginAssemblyScanner.FindCategoryHandlers(assembly);
        if (manifest.Kind == PluginKind.Category && handlers.Count == 0)
        {
            throw new PluginLoadException($"kind is category but no public class implements {nameof(ICategoryHandler)}");
        }

        var codes = handlers.Select(handler => PluginTypeActivator.CategoryCodeOf(handler.ImplementationType!)).ToArray();
        CheckCodes(codes);

        var entry = (IHotlinePlugin)PluginTypeActivator.Create(entryType);
        var ownRegistrations = new ServiceCollection();
        entry.ConfigureServices(ownRegistrations);
        return new PreparedPlugin(codes, [.. handlers, .. ownRegistrations]);
    }

    private void CheckCodes(string[] codes)
    {
        foreach (var code in codes)
        {
            if (!SlugPattern().IsMatch(code))
            {
                throw new PluginLoadException($"category code '{code}' is not lower-case ASCII words joined by '-'");
            }

            if (_ownerOfCode.TryGetValue(code, out var owner))
            {
                throw new PluginLoadException($"category code '{code}' is already provided by {owner}");
            }
        }

        if (codes.Length != codes.Distinct(StringComparer.OrdinalIgnoreCase).Count())
        {
            throw new PluginLoadException($"two handlers of this plugin share a category code ({string.Join(", ", codes)})");
        }
    }

    private void Commit(string folder, PluginManifest manifest, PreparedPlugin prepared)
    {
        foreach (var descriptor in prepared.Registrations)
        {
            services.Add(descriptor);
        }

        _ownerOfId[manifest.Id] = $"plugin folder '{folder}'";
        foreach (var code in prepared.Codes)
        {
            _ownerOfCode[code] = $"plugin '{manifest.Id}'";
        }
    }

    [GeneratedRegex("^[a-z0-9]+(?:-[a-z0-9]+)*$")]
    private static partial Regex SlugPattern();

    private sealed record PreparedPlugin(IReadOnlyList<string> Codes, IReadOnlyList<ServiceDescriptor> Registrations);
}
