namespace Hotline.Channels.Inbound;

/// <summary>When a message whose processing failed is tried again: pure, so the back-off is tested without a host.</summary>
public static class InboundRetry
{
    /// <summary><c>RetryDelay</c> after the first failed attempt, doubling after each further one, at most <c>MaxRetryDelay</c>. Never given up.</summary>
    public static TimeSpan Delay(int attempts, InboundOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var factor = Math.Pow(2, Math.Clamp(attempts - 1, 0, 30));
        var ticks = Math.Min(options.RetryDelay.Ticks * factor, options.MaxRetryDelay.Ticks);
        return TimeSpan.FromTicks((long)ticks);
    }
}
