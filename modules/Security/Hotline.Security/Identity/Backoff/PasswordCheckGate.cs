using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace Hotline.Security.Identity.Backoff;

/// <summary>
/// The cap on password hashing at once on this host: a flood of sign-ins (each a deliberately slow PBKDF2) waits
/// here, a few in a queue and the rest refused, instead of taking every core from the other requests.
/// </summary>
public sealed class PasswordCheckGate : IDisposable
{
    private readonly ConcurrencyLimiter _limiter;

    public PasswordCheckGate(IOptions<SecurityOptions> options) =>
        _limiter = new ConcurrencyLimiter(new ConcurrencyLimiterOptions
        {
            PermitLimit = options.Value.Backoff.MaxConcurrentPasswordChecks,
            QueueLimit = options.Value.Backoff.PasswordCheckQueue,
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
        });

    /// <summary>A lease to hash one password; not acquired (dispose it anyway) when too many are already waiting.</summary>
    public ValueTask<RateLimitLease> EnterAsync(CancellationToken cancellationToken = default) => _limiter.AcquireAsync(1, cancellationToken);

    public void Dispose() => _limiter.Dispose();
}
