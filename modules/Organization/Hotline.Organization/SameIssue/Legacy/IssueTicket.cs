namespace Hotline.Organization.Issues;

/// <summary>One ticket of a household for an issue key: when it was registered, and the earlier ticket it repeats (A11.1.1), fixed when first recorded.</summary>
[GenerateSerializer]
[Alias("Hotline.Organization.IssueTicket")]
public sealed record IssueTicket(
    [property: Id(0)] Guid TicketId,
    [property: Id(1)] DateTimeOffset At,
    [property: Id(2)] Guid? RepeatOf);
