using System.ComponentModel.DataAnnotations;

namespace Hotline.Host.Http;

/// <summary>Section Hotline:RateLimits: one window per named policy (see <see cref="RateLimitPolicies"/>).</summary>
public sealed class RateLimitOptions : IValidatableObject
{
    public const string SectionName = "Hotline:RateLimits";

    /// <summary>Owners' portal, per client address.</summary>
    public RateLimitWindow OwnerPortal { get; set; } = new() { PermitLimit = 60, WindowSeconds = 60 };

    /// <summary>Channel webhooks (SMS gateway, call-center switch), per client address.</summary>
    public RateLimitWindow ChannelWebhook { get; set; } = new() { PermitLimit = 600, WindowSeconds = 60 };

    /// <summary>Sign-in attempts, per client address and user name: slows password guessing.</summary>
    public RateLimitWindow SignIn { get; set; } = new() { PermitLimit = 10, WindowSeconds = 300 };

    /// <summary>Sign-in attempts per client address, whatever the user names: a fresh name per request does not escape.</summary>
    public RateLimitWindow SignInPerAddress { get; set; } = new() { PermitLimit = 30, WindowSeconds = 60 };

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        foreach (var (name, window) in new[] { (nameof(OwnerPortal), OwnerPortal), (nameof(ChannelWebhook), ChannelWebhook), (nameof(SignIn), SignIn), (nameof(SignInPerAddress), SignInPerAddress) })
        {
            var results = new List<ValidationResult>();
            Validator.TryValidateObject(window, new ValidationContext(window), results, validateAllProperties: true);
            foreach (var result in results)
            {
                yield return new ValidationResult(result.ErrorMessage, result.MemberNames.Select(m => $"{name}:{m}"));
            }
        }
    }
}
