namespace Hotline.Tickets.Contracts;

/// <summary>A10.1.3.2 / A10.3: the department and plan fixed with the owner, then the time it needs.</summary>
[GenerateSerializer]
[Alias("Hotline.Tickets.TicketPlan")]
public sealed record TicketPlan(
    [property: Id(0)] string Department,
    [property: Id(1)] string Summary,
    [property: Id(2)] DateTimeOffset? CompletionDueAt,
    [property: Id(3)] DateTimeOffset? ReportedAt);
