using Hotline.BuildingBlocks;
using Hotline.Plugins.Abstractions;

namespace Hotline.Notifications.Deliveries;

/// <summary>What a send's result does to its delivery: the outboxes' one rule (<see cref="SendRetry"/>) in this table's statuses.</summary>
internal static class DeliveryRetry
{
    /// <summary>The status after <paramref name="attempt"/> (1-based) ended in <paramref name="result"/>, and when a retry is due.</summary>
    public static (DeliveryStatus Status, DateTimeOffset? NextAttemptAt, string? Error) After(
        ChannelResult result, int attempt, DateTimeOffset now, NotificationOptions options) =>
        SendRetry.After(result.Outcome == ChannelOutcome.Delivered, result.Outcome == ChannelOutcome.FailedRetryable,
            result.Reason, attempt, options.MaxAttempts, now, options.RetryDelay, options.MaxRetryDelay,
            (DeliveryStatus.Delivered, DeliveryStatus.Pending, DeliveryStatus.Failed));
}
