namespace Hotline.Security.Identity.Accounts;

/// <summary>A person's current security stamp and when it last changed (single sign-on tokens issued before then are revoked).</summary>
public sealed record PersonStamp(string Stamp, DateTimeOffset ChangedAt)
{
    public static PersonStamp Initial { get; } = new("", DateTimeOffset.MinValue);
}
