namespace Hotline.Host.Plugins;

/// <summary>What happened to one plugin folder at start-up. Manifest fields are null when it could not be read.</summary>
/// <param name="Folder">The plugin's folder name, e.g. <c>Hotline.Plugins.Engineering</c>.</param>
/// <param name="Id">Manifest id.</param>
/// <param name="Version">Manifest version.</param>
/// <param name="Kind">Manifest kind, lower case (<c>category</c>, <c>channel</c>).</param>
/// <param name="State">Loaded or Failed.</param>
/// <param name="Error">Why it failed; null when loaded.</param>
/// <param name="Categories">Category codes the plugin contributed.</param>
public sealed record PluginRecord(
    string Folder,
    string? Id,
    string? Version,
    string? Kind,
    PluginState State,
    string? Error,
    IReadOnlyList<string> Categories);
