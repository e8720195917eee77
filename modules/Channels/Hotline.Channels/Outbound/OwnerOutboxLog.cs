using Microsoft.Extensions.Logging;

namespace Hotline.Channels.Outbound;

/// <summary>The owner dispatcher's log lines. Message and ticket ids only: never a phone number, an account or a text.</summary>
internal static partial class OwnerOutboxLog
{
    [LoggerMessage(EventId = 7201, Level = LogLevel.Information, Message = "Owner message {MessageId} ({Channel}) of ticket {TicketId}: {Status} after attempt {Attempt}")]
    public static partial void Completed(ILogger logger, string messageId, string channel, Guid ticketId, OwnerOutboxStatus status, int attempt);

    [LoggerMessage(EventId = 7202, Level = LogLevel.Warning, Message = "Owner message {MessageId} ({Channel}) of ticket {TicketId}: attempt {Attempt} failed ({Reason})")]
    public static partial void Failed(ILogger logger, string messageId, string channel, Guid ticketId, int attempt, string? reason);

    [LoggerMessage(EventId = 7203, Level = LogLevel.Warning, Message = "Owner outbox sweep failed; the next sweep retries ({Reason})")]
    public static partial void SweepFailed(ILogger logger, string reason);

    [LoggerMessage(EventId = 7204, Level = LogLevel.Warning, Message = "Ticket {TicketId} did not record the delivery of {MessageId} yet ({Reason}); the next sweep retries")]
    public static partial void NotRecorded(ILogger logger, Guid ticketId, string messageId, string reason);
}
