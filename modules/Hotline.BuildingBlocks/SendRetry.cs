namespace Hotline.BuildingBlocks;

/// <summary>
/// The one rule every outbox dispatcher (staff deliveries, owner messages) applies to a send's result: a passing failure
/// is tried again after <see cref="RetryBackoff"/> until the attempts run out; a permanent one is given up at once.
/// Each outbox names its own statuses for the three ends. Pure, so back-off and giving up are tested without a cluster.
/// </summary>
public static class SendRetry
{
    /// <summary>The status after <paramref name="attempt"/> (1-based), when a retry is due, and the error to keep.</summary>
    public static (TStatus Status, DateTimeOffset? NextAttemptAt, string? Error) After<TStatus>(
        bool delivered, bool retryable, string? reason, int attempt, int maxAttempts, DateTimeOffset now, TimeSpan firstDelay, TimeSpan maxDelay,
        (TStatus Delivered, TStatus RetryLater, TStatus GaveUp) statuses) =>
        (delivered, retryable) switch
        {
            (true, _) => (statuses.Delivered, null, null),
            (_, true) when attempt < maxAttempts =>
                (statuses.RetryLater, now + RetryBackoff.Delay(attempt, firstDelay, maxDelay), $"attempt {attempt} of {maxAttempts}: {reason}"),
            (_, true) => (statuses.GaveUp, null, $"gave up after {attempt} attempts: {reason}"),
            _ => (statuses.GaveUp, null, $"permanent failure: {reason}"),
        };
}
