namespace Hotline.Channels.Contacts;

/// <summary>
/// A sender the household registry does not know (or knows in several households), as the call center sees it: the
/// phone masked (<c>138****1234</c>), how many messages wait, and once matched, the household it was matched to.
/// </summary>
public sealed record UnverifiedContact(
    Guid Id,
    string PhoneMasked,
    string? NameMasked,
    string Status,
    DateTimeOffset FirstSeenAt,
    DateTimeOffset LastSeenAt,
    int Messages,
    string? ProjectId,
    string? Household,
    string? MatchedBy,
    DateTimeOffset? MatchedAt);
