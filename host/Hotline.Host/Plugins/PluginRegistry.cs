using System.Text.Json.Serialization;

namespace Hotline.Host.Plugins;

/// <summary>Every plugin the host found at start-up and what became of it; a singleton, fixed after start.</summary>
public sealed class PluginRegistry(Version hostVersion, IReadOnlyList<PluginRecord> plugins)
{
    public string HostVersion { get; } = hostVersion.ToString(3);

    public IReadOnlyList<PluginRecord> Plugins { get; } = plugins;

    [JsonIgnore]
    public IReadOnlyList<PluginRecord> Loaded => Plugins.Where(p => p.State == PluginState.Loaded).ToArray();

    [JsonIgnore]
    public IReadOnlyList<PluginRecord> Failed => Plugins.Where(p => p.State == PluginState.Failed).ToArray();
}
