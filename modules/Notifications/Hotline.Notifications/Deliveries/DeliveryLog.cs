using Microsoft.Extensions.Logging;

namespace Hotline.Notifications.Deliveries;

/// <summary>The dispatcher's log lines. Person ids and delivery ids only: never a phone number or a message text.</summary>
internal static partial class DeliveryLog
{
    [LoggerMessage(EventId = 4101, Level = LogLevel.Information, Message = "Notification {DeliveryId} ({Channel}) to {PersonId}: {Status} after attempt {Attempt}")]
    public static partial void Completed(ILogger logger, Guid deliveryId, string channel, string personId, DeliveryStatus status, int attempt);

    [LoggerMessage(EventId = 4102, Level = LogLevel.Warning, Message = "Notification {DeliveryId} ({Channel}) to {PersonId}: attempt {Attempt} failed ({Reason})")]
    public static partial void Failed(ILogger logger, Guid deliveryId, string channel, string personId, int attempt, string? reason);

    [LoggerMessage(EventId = 4103, Level = LogLevel.Warning, Message = "Notification sweep failed; the next sweep retries ({Reason})")]
    public static partial void SweepFailed(ILogger logger, string reason);
}
