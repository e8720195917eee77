using System.Collections.Immutable;

namespace Hotline.Escalation.Contracts;

/// <summary>What a warning is about: one ticket, or a same-issue incident of a project or of the company.</summary>
[GenerateSerializer]
[Alias("Hotline.Escalation.WarningSubject")]
public sealed record WarningSubject(
    [property: Id(0)] Guid? TicketId,
    [property: Id(1)] string? ProjectId,
    [property: Id(2)] string? BranchId,
    [property: Id(3)] string? IssueKey,
    [property: Id(4)] ImmutableArray<Guid> LinkedTickets);
