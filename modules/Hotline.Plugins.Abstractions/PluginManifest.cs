namespace Hotline.Plugins.Abstractions;

/// <summary>
/// The small <c>plugin.json</c> beside every plugin assembly. <see cref="HostVersion"/> is a range
/// such as <c>[0.1,1.0)</c>: the host refuses a plugin built for another major contract.
/// </summary>
public sealed record PluginManifest(
    string Id,
    string Version,
    string HostVersion,
    PluginKind Kind,
    string Assembly,
    string? Description = null);
