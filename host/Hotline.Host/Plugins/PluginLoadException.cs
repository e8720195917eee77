namespace Hotline.Host.Plugins;

/// <summary>Why one plugin was skipped; the message is the reason shown in logs and in the registry.</summary>
public sealed class PluginLoadException(string reason, Exception? inner = null) : Exception(reason, inner);
