namespace Hotline.Security.Identity.Accounts;

/// <summary>What a sign-in attempt came to: the person signed in as, or when a locked account may try again.</summary>
public sealed record SignInOutcome(SignInStatus Status, string? PersonId = null, DateTimeOffset? RetryAfter = null)
{
    public static SignInOutcome Rejected { get; } = new(SignInStatus.Rejected);
}
