namespace Hotline.Hosting;

/// <summary>
/// The one rule every outbox dispatcher (staff deliveries, owner messages) applies to a send's result: a passing failure
/// is tried again after <see cref="RetryBackoff"/> until the attempts run out; a permanent one is given up at once.
/// Pure, so back-off and giving up are tested without a cluster.
/// </summary>
public static class SendRetry
{
    /// <summary>The verdict after <paramref name="attempt"/> (1-based), when a retry is due, and the error to keep.</summary>
    public static (SendVerdict Verdict, DateTimeOffset? NextAttemptAt, string? Error) After(
        bool delivered, bool retryable, string? reason, int attempt, int maxAttempts, DateTimeOffset now, TimeSpan firstDelay, TimeSpan maxDelay) =>
        (delivered, retryable) switch
        {
            (true, _) => (SendVerdict.Delivered, null, null),
            (_, true) when attempt < maxAttempts =>
                (SendVerdict.RetryLater, now + RetryBackoff.Delay(attempt, firstDelay, maxDelay), $"attempt {attempt} of {maxAttempts}: {reason}"),
            (_, true) => (SendVerdict.GaveUp, null, $"gave up after {attempt} attempts: {reason}"),
            _ => (SendVerdict.GaveUp, null, $"permanent failure: {reason}"),
        };
}
