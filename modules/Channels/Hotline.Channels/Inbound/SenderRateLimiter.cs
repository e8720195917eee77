using System.Threading.RateLimiting;

namespace Hotline.Channels.Inbound;

/// <summary>
/// <c>Hotline:Channels:PerSender</c>: a fixed window per (channel, sender) on this host (real time: the limiter's own clock), checked after parsing, so one
/// owner (or one spoofed number behind an honest gateway) cannot flood the line; the gateway's address has its own limit.
/// </summary>
public sealed class SenderRateLimiter(InboundOptions options) : IDisposable
{
    private readonly PartitionedRateLimiter<string> _limiter = PartitionedRateLimiter.Create<string, string>(sender =>
        RateLimitPartition.GetFixedWindowLimiter(sender, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = options.PerSender.PermitLimit,
            Window = TimeSpan.FromSeconds(options.PerSender.WindowSeconds),
            QueueLimit = 0,
        }));

    /// <summary>True when the sender may send now; else the seconds to wait.</summary>
    public bool TryEnter(string channel, string sender, out int retryAfterSeconds)
    {
        using var lease = _limiter.AttemptAcquire($"{channel}\n{sender}");
        retryAfterSeconds = lease.IsAcquired ? 0
            : lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? (int)Math.Max(1, Math.Ceiling(wait.TotalSeconds)) : options.PerSender.WindowSeconds;
        return lease.IsAcquired;
    }

    public void Dispose() => _limiter.Dispose();
}
