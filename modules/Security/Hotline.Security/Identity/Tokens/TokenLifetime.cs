using Microsoft.IdentityModel.Tokens;

namespace Hotline.Security.Identity.Tokens;

/// <summary>Token expiry checked against the injected clock (the same one that stamped the token), not the machine's.</summary>
public static class TokenLifetime
{
    public static readonly TimeSpan Skew = TimeSpan.FromMinutes(1);

    public static LifetimeValidator Validator(TimeProvider clock) => (notBefore, expires, _, _) =>
    {
        var now = clock.GetUtcNow().UtcDateTime;
        return expires is { } end && end > now - Skew && (notBefore is not { } start || start <= now + Skew);
    };
}
