namespace Hotline.BuildingBlocks;

/// <summary>
/// The wait before the next try of something that failed for a passing reason (a channel send): the first delay after
/// the first failure, doubling after each further one, never more than the maximum. Shared by every outbox dispatcher.
/// </summary>
public static class RetryBackoff
{
    /// <summary>The wait after failed attempt <paramref name="attempt"/> (1-based).</summary>
    public static TimeSpan Delay(int attempt, TimeSpan first, TimeSpan max)
    {
        var factor = Math.Pow(2, Math.Clamp(attempt - 1, 0, 30));
        var delay = TimeSpan.FromTicks((long)Math.Min(first.Ticks * factor, max.Ticks));
        return delay < max ? delay : max;
    }
}
