using System.ComponentModel.DataAnnotations;

namespace Hotline.Security.Identity;

/// <summary>Section Hotline:Security: sign-in, tokens, lock-out and single sign-on.</summary>
public sealed class SecurityOptions : IValidatableObject
{
    public const string SectionName = "Hotline:Security";

    /// <summary>Base64 HMAC-SHA256 key (at least 32 bytes) for the tokens Hotline issues; generated and kept in the database when empty (not in production).</summary>
    public string? SigningKey { get; set; }

    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromHours(8);

    /// <summary>Create an account with a random password for every seeded person without one; default: on, except in production on a configured database.</summary>
    public bool? DemoAccounts { get; set; }

    /// <summary>Retired (the hard lock let anyone lock anyone out); see <see cref="Backoff"/>. Still bound so old configuration loads.</summary>
    public LockoutOptions Lockout { get; set; } = new();

    public Backoff.BackoffOptions Backoff { get; set; } = new();

    /// <summary>How long a silo trusts its cached copy of a person's security stamp: revocation reaches every silo within this.</summary>
    public int StampCacheSeconds { get; set; } = 30;

    public Access.StaffRateLimitOptions StaffRateLimit { get; set; } = new();

    public SsoOptions Sso { get; set; } = new();

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (TokenLifetime <= TimeSpan.Zero || TokenLifetime > TimeSpan.FromDays(7))
        {
            yield return new ValidationResult("must be more than zero and at most 7 days", [nameof(TokenLifetime)]);
        }

        foreach (var (value, min, max, key) in new[]
        {
            (Backoff.NameFreeFailures, 1, 100, "Backoff:NameFreeFailures"),
            (Backoff.AddressFreeFailures, 1, 100_000, "Backoff:AddressFreeFailures"),
            (Backoff.FirstSeconds, 1, 3600, "Backoff:FirstSeconds"),
            (Backoff.MaxMinutes, 1, 24 * 60, "Backoff:MaxMinutes"),
            (Backoff.ForgetAfterMinutes, 1, 7 * 24 * 60, "Backoff:ForgetAfterMinutes"),
            (Backoff.KnownDeviceDays, 1, 400, "Backoff:KnownDeviceDays"),
            (Backoff.MaxConcurrentPasswordChecks, 1, 256, "Backoff:MaxConcurrentPasswordChecks"),
            (Backoff.PasswordCheckQueue, 0, 10_000, "Backoff:PasswordCheckQueue"),
            (StampCacheSeconds, 0, 300, nameof(StampCacheSeconds)),
            (StaffRateLimit.PerMinute, 0, 1_000_000, "StaffRateLimit:PerMinute"),
            (StaffRateLimit.Burst, 1, 1_000_000, "StaffRateLimit:Burst"),
        })
        {
            if (value < min || value > max)
            {
                yield return new ValidationResult($"must be between {min} and {max}", [key]);
            }
        }

        foreach (var problem in Sso.Problems())
        {
            yield return problem;
        }
    }
}
