using Microsoft.Extensions.Logging;

namespace Hotline.Channels.Inbound;

/// <summary>Log lines of the inbound side: ids, channels and reason codes only, never an owner's number or text.</summary>
internal static partial class InboundLog
{
    [LoggerMessage(EventId = 7201, Level = LogLevel.Warning, Message = "Inbound {InboundId} on {Channel} failed: {Error}; it will be retried")]
    public static partial void Failed(ILogger logger, Guid inboundId, string channel, string error);

    [LoggerMessage(EventId = 7202, Level = LogLevel.Warning, Message = "Inbound request on {Channel} not stored: the database is unreachable ({Error})")]
    public static partial void NotStored(ILogger logger, string channel, string error);

    [LoggerMessage(EventId = 7203, Level = LogLevel.Warning, Message = "Inbound retry sweep failed: {Error}")]
    public static partial void SweepFailed(ILogger logger, string error);
}
