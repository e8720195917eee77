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

    public LockoutOptions Lockout { get; set; } = new();

    public SsoOptions Sso { get; set; } = new();

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (TokenLifetime <= TimeSpan.Zero || TokenLifetime > TimeSpan.FromDays(7))
        {
            yield return new ValidationResult("must be more than zero and at most 7 days", [nameof(TokenLifetime)]);
        }

        if (Lockout.MaxFailedAttempts is < 1 or > 100)
        {
            yield return new ValidationResult("must be between 1 and 100", ["Lockout:MaxFailedAttempts"]);
        }

        if (Lockout.Minutes is < 1 or > 24 * 60)
        {
            yield return new ValidationResult("must be between 1 and 1440", ["Lockout:Minutes"]);
        }

        foreach (var problem in Sso.Problems())
        {
            yield return problem;
        }
    }
}
