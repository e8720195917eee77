using Hotline.Plugins.Abstractions;

namespace Hotline.Notifications.Deliveries;

/// <summary>What a send's result does to its delivery: pure, so back-off and giving up are tested without a cluster.</summary>
internal static class DeliveryRetry
{
    /// <summary>The status after <paramref name="attempt"/> (1-based) ended in <paramref name="result"/>, and when a retry is due.</summary>
    public static (DeliveryStatus Status, DateTimeOffset? NextAttemptAt, string? Error) After(
        ChannelResult result, int attempt, DateTimeOffset now, NotificationOptions options) => result.Outcome switch
    {
        ChannelOutcome.Delivered => (DeliveryStatus.Delivered, null, null),
        ChannelOutcome.FailedRetryable when attempt < options.MaxAttempts =>
            (DeliveryStatus.Pending, now + Delay(attempt, options), $"attempt {attempt} of {options.MaxAttempts}: {result.Reason}"),
        ChannelOutcome.FailedRetryable => (DeliveryStatus.Failed, null, $"gave up after {attempt} attempts: {result.Reason}"),
        _ => (DeliveryStatus.Failed, null, $"permanent failure: {result.Reason}"),
    };

    /// <summary>RetryDelay after the first failure, doubling after each further one, at most MaxRetryDelay (<see cref="Hotline.Hosting.RetryBackoff"/>).</summary>
    public static TimeSpan Delay(int attempt, NotificationOptions options) =>
        Hotline.Hosting.RetryBackoff.Delay(attempt, options.RetryDelay, options.MaxRetryDelay);
}
