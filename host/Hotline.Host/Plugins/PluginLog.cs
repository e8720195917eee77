namespace Hotline.Host.Plugins;

/// <summary>The loader's log lines: one per plugin, naming its folder.</summary>
internal static partial class PluginLog
{
    [LoggerMessage(EventId = 7001, Level = LogLevel.Information,
        Message = "Plugin {Folder} loaded: {Id} {Version} ({Kind}; categories: {Categories})")]
    public static partial void Loaded(ILogger logger, string folder, string id, string version, string kind, string categories);

    [LoggerMessage(EventId = 7002, Level = LogLevel.Error, Message = "Plugin {Folder} skipped: {Reason}")]
    public static partial void Skipped(ILogger logger, string folder, string reason);

    [LoggerMessage(EventId = 7003, Level = LogLevel.Warning,
        Message = "Plugin folder {Folder} does not exist; no plugins loaded")]
    public static partial void FolderMissing(ILogger logger, string folder);
}
