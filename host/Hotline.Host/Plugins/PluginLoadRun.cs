using System.Reflection;
using Hotline.Plugins.Abstractions;
using Microsoft.Extensions.DependencyInjection;

namespace Hotline.Host.Plugins;

/// <summary>
/// One pass over the plugin folder. Each plugin is prepared completely (manifest, version,
/// assembly, entry class, handlers, its own registrations) before anything reaches the real
/// service collection, so a plugin that fails half-way leaves no trace.
/// </summary>
internal sealed class PluginLoadRun(IServiceCollection services, ILogger logger, Version hostVersion, IEnumerable<string> reservedCodes)
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
            return new PluginRecord(
                folder, manifest?.Id, manifest?.Version, manifest?.Kind.ToString().ToLowerInvariant(), PluginState.Failed, reason, []);
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
            throw new PluginLoadException($"needs host version {manifest.HostVersion} but this host is {hostVersion.ToString(3)}");
        }

        var assembly = PluginAssemblyScanner.Load(pluginPath, manifest);
        var entryType = PluginAssemblyScanner.FindEntryType(assembly);
        var handlers = PluginAssemblyScanner.FindCategoryHandlers(assembly);
        if (manifest.Kind == PluginKind.Category && handlers.Count == 0)
        {
            throw new PluginLoadException($"kind is category but no public class implements {nameof(ICategoryHandler)}");
        }

        var codes = handlers.Select(handler => CategoryCodeOf(handler.ImplementationType!)).ToArray();
        foreach (var code in codes)
        {
            var owner = _ownerOfCode.GetValueOrDefault(code) ?? (codes.Count(c => c == code) > 1 ? "this plugin" : null);
            if (owner is not null)
            {
                throw new PluginLoadException($"category code '{code}' is already provided by {owner}");
            }
        }

        var entry = (IHotlinePlugin)Instantiate(entryType);
        var ownRegistrations = new ServiceCollection();
        entry.ConfigureServices(ownRegistrations);
        return new PreparedPlugin(codes, [.. handlers, .. ownRegistrations]);
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

    // A throw-away instance tells the code; handlers are plain classes (orleans-facts: plugins hold
    // no services), so a parameterless constructor is the contract.
    private static string CategoryCodeOf(Type handlerType) => ((ICategoryHandler)Instantiate(handlerType)).Code;

    private static object Instantiate(Type type)
    {
        try
        {
            return Activator.CreateInstance(type)
                ?? throw new PluginLoadException($"{type.Name} could not be created");
        }
        catch (MissingMethodException)
        {
            throw new PluginLoadException($"{type.Name} needs a public parameterless constructor");
        }
        catch (TargetInvocationException ex) when (ex.InnerException is not null)
        {
            throw new PluginLoadException($"constructor of {type.Name} threw {ex.InnerException.GetType().Name}: {ex.InnerException.Message}", ex);
        }
    }

    private sealed record PreparedPlugin(IReadOnlyList<string> Codes, IReadOnlyList<ServiceDescriptor> Registrations);
}
