using System.Text.Json.Serialization;

namespace Hotline.Host.Plugins;

[JsonConverter(typeof(JsonStringEnumConverter<PluginState>))]
public enum PluginState
{
    Loaded = 1,
    Failed = 2,
}
