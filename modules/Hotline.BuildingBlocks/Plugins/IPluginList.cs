namespace Hotline.BuildingBlocks.Plugins;

/// <summary>
/// The plugins the host found at start-up and what became of each (GET /api/plugins reads the same records), for
/// modules that cannot reference the host, such as the console's plugins page. Fixed after start.
/// </summary>
public interface IPluginList
{
    /// <summary>The host's version, which each manifest's host-version range is checked against.</summary>
    string HostVersion { get; }

    /// <summary>One entry per plugin folder, in the order they were loaded.</summary>
    IReadOnlyList<InstalledPlugin> Plugins { get; }
}
