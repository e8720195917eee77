using Hotline.Tickets.Categories;
using Microsoft.Extensions.DependencyInjection;

namespace Hotline.Host.Plugins;

/// <summary>
/// Loads every plugin under a folder into a service collection, before the container is built.
/// A broken plugin is skipped with one log line and a Failed record; the host keeps starting.
/// </summary>
public static class PluginCatalogLoader
{
    /// <summary>Codes that belong to the host itself and that no plugin may take.</summary>
    public static IReadOnlyList<string> ReservedCategoryCodes { get; } = [OtherCategoryHandler.CategoryCode];

    /// <summary>Loads <c>&lt;folder&gt;/*/plugin.json</c> in folder-name order and returns one record per plugin folder.</summary>
    public static IReadOnlyList<PluginRecord> Load(string folder, IServiceCollection services, ILogger logger, Version hostVersion)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(logger);
        ArgumentNullException.ThrowIfNull(hostVersion);

        if (!Directory.Exists(folder))
        {
            PluginLog.FolderMissing(logger, folder);
            return [];
        }

        var run = new PluginLoadRun(services, logger, hostVersion, ReservedCategoryCodes);
        return Directory.EnumerateDirectories(folder)
            .Order(StringComparer.Ordinal)
            .Select(run.LoadOne)
            .ToArray();
    }

    /// <summary>
    /// Loads one plugin folder exactly as <see cref="Load"/> loads each of its sub-folders (manifest, host-version range,
    /// load context, entry class, handlers, <c>ConfigureServices</c>): the entry point of the plugin test kit
    /// (tests/Hotline.Plugins.TestKit), so a plugin's own tests run the host's code path and not a copy of it.
    /// A plugin that fails is a Failed record naming the reason, as at start-up.
    /// </summary>
    public static PluginRecord LoadOne(string pluginFolder, IServiceCollection services, ILogger logger, Version hostVersion)
    {
        ArgumentNullException.ThrowIfNull(pluginFolder);
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(logger);
        ArgumentNullException.ThrowIfNull(hostVersion);
        return new PluginLoadRun(services, logger, hostVersion, ReservedCategoryCodes).LoadOne(Path.TrimEndingDirectorySeparator(Path.GetFullPath(pluginFolder)));
    }
}
