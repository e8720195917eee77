namespace Hotline.Security.Identity.Accounts;

/// <summary>What a sign-in attempt came to: the person signed in as (and this device's known-device token), or when to try again.</summary>
public sealed record SignInOutcome(SignInStatus Status, string? PersonId = null, DateTimeOffset? RetryAfter = null, string? DeviceToken = null)
{
    public static SignInOutcome Rejected { get; } = new(SignInStatus.Rejected);
}
