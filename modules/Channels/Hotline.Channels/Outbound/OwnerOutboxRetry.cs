using Hotline.BuildingBlocks;
using Hotline.Plugins.Abstractions;

namespace Hotline.Channels.Outbound;

/// <summary>What a send's result does to its message: the outboxes' one rule (<see cref="SendRetry"/>) in this table's statuses.</summary>
internal static class OwnerOutboxRetry
{
    /// <summary>The status after <paramref name="attempt"/> (1-based) ended in <paramref name="result"/>, and when a retry is due.</summary>
    public static (OwnerOutboxStatus Status, DateTimeOffset? NextAttemptAt, string? Error) After(
        ChannelResult result, int attempt, DateTimeOffset now, OwnerOutboxOptions options) =>
        SendRetry.After(result.Outcome == ChannelOutcome.Delivered, result.Outcome == ChannelOutcome.FailedRetryable,
            result.Reason, attempt, options.MaxAttempts, now, options.RetryDelay, options.MaxRetryDelay,
            (OwnerOutboxStatus.Delivered, OwnerOutboxStatus.Pending, OwnerOutboxStatus.Failed));
}
