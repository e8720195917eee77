namespace Hotline.Plugins.TestKit;

/// <summary>
/// The host's loader skipped the plugin. <see cref="Reason"/> is the loader's own reason, word for word as the host logs
/// it at start-up and shows it in <c>GET /api/plugins</c> (e.g. <c>needs host version [0.1,1.0) but this host is 1.0.0</c>).
/// </summary>
public sealed class PluginNotLoadedException(string folder, string reason)
    : Exception($"Plugin {folder} was not loaded: {reason}")
{
    public string Folder { get; } = folder;

    public string Reason { get; } = reason;
}
