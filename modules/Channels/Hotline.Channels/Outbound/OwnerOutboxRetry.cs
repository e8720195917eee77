using Hotline.Hosting;
using Hotline.Plugins.Abstractions;

namespace Hotline.Channels.Outbound;

/// <summary>What a send's result does to its message: pure, so back-off and giving up are tested without a cluster.</summary>
internal static class OwnerOutboxRetry
{
    /// <summary>The status after <paramref name="attempt"/> (1-based) ended in <paramref name="result"/>, and when a retry is due.</summary>
    public static (OwnerOutboxStatus Status, DateTimeOffset? NextAttemptAt, string? Error) After(
        ChannelResult result, int attempt, DateTimeOffset now, OwnerOutboxOptions options) => result.Outcome switch
    {
        ChannelOutcome.Delivered => (OwnerOutboxStatus.Delivered, null, null),
        ChannelOutcome.FailedRetryable when attempt < options.MaxAttempts =>
            (OwnerOutboxStatus.Pending, now + RetryBackoff.Delay(attempt, options.RetryDelay, options.MaxRetryDelay),
                $"attempt {attempt} of {options.MaxAttempts}: {result.Reason}"),
        ChannelOutcome.FailedRetryable => (OwnerOutboxStatus.Failed, null, $"gave up after {attempt} attempts: {result.Reason}"),
        _ => (OwnerOutboxStatus.Failed, null, $"permanent failure: {result.Reason}"),
    };
}
