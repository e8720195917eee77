using System.Globalization;
using System.Threading.RateLimiting;
using Hotline.Security.Identity;
using Microsoft.Extensions.Options;

namespace Hotline.Security.Access;

/// <summary>
/// Each signed-in person's API calls, per host: a token bucket of <see cref="StaffRateLimitOptions.Burst"/> calls,
/// refilled at <see cref="StaffRateLimitOptions.PerMinute"/> a minute. Checked before any grain is asked, so a script
/// sending random ids is slowed before it can make the host activate (and hold) grains for them.
/// </summary>
public sealed class StaffRateLimiter : IDisposable
{
    private readonly PartitionedRateLimiter<string>? _limiter;

    public StaffRateLimiter(IOptions<SecurityOptions> options)
    {
        var limits = options.Value.StaffRateLimit;
        if (limits.PerMinute <= 0)
        {
            return;
        }

        _limiter = PartitionedRateLimiter.Create<string, string>(person => RateLimitPartition.GetTokenBucketLimiter(person, _ => new TokenBucketRateLimiterOptions
        {
            TokenLimit = limits.Burst,
            TokensPerPeriod = 1,
            ReplenishmentPeriod = TimeSpan.FromMinutes(1.0 / limits.PerMinute),
            QueueLimit = 0,
            AutoReplenishment = true,
        }));
    }

    /// <summary>True when the person may make one more call now; else the whole seconds to wait.</summary>
    public bool TryEnter(string personId, out string retryAfterSeconds)
    {
        retryAfterSeconds = "1";
        if (_limiter is null)
        {
            return true;
        }

        using var lease = _limiter.AttemptAcquire(personId);
        if (lease.IsAcquired)
        {
            return true;
        }

        if (lease.TryGetMetadata(MetadataName.RetryAfter, out var wait))
        {
            retryAfterSeconds = Math.Max(1, (long)Math.Ceiling(wait.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        }

        return false;
    }

    public void Dispose() => _limiter?.Dispose();
}
