namespace Hotline.BuildingBlocks.Plugins;

/// <summary>
/// One plugin folder as the host loaded it: its manifest's id, version and kind (null when the manifest could not be
/// read), loaded or not and why not, the categories it contributed, and its manifest file as written (null when absent).
/// </summary>
public sealed record InstalledPlugin(
    string Folder,
    string? Id,
    string? Version,
    string? Kind,
    bool Loaded,
    string? Error,
    IReadOnlyList<string> Categories,
    string? Manifest);
