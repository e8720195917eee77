using System.Collections.Immutable;

namespace Hotline.Tickets.Contracts;

/// <summary>A ticket's live state as the API and the console show it.</summary>
[GenerateSerializer]
[Alias("Hotline.Tickets.TicketView")]
public sealed record TicketView(
    [property: Id(0)] Guid Id,
    [property: Id(1)] TicketKind Kind,
    [property: Id(2)] string ProjectId,
    [property: Id(3)] string BranchId,
    [property: Id(4)] string Category,
    [property: Id(5)] Severity Severity,
    [property: Id(6)] string IssueKey,
    [property: Id(7)] string ResponsibleDepartment,
    [property: Id(8)] string Text,
    [property: Id(9)] string? Location,
    [property: Id(10)] string Channel,
    [property: Id(11)] TicketStatus Status,
    [property: Id(12)] DateTimeOffset RegisteredAt,
    [property: Id(13)] ImmutableArray<Clock> Clocks,
    [property: Id(14)] int Version);
