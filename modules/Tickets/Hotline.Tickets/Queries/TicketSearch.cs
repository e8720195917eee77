using Hotline.Tickets.Contracts;

namespace Hotline.Tickets.Queries;

/// <summary>
/// A ticket list query. Every filter is optional; set filters combine with AND. Registration times are
/// a half-open range: <see cref="From"/> inclusive, <see cref="To"/> exclusive.
/// </summary>
public sealed record TicketSearch
{
    public const int DefaultPageSize = 50;
    public const int MaxPageSize = 200;

    public string? ProjectId { get; init; }

    public string? BranchId { get; init; }

    public TicketKind? Kind { get; init; }

    public string? Category { get; init; }

    public Severity? Severity { get; init; }

    public TicketStatus? Status { get; init; }

    public bool? Breached { get; init; }

    public DateTimeOffset? From { get; init; }

    public DateTimeOffset? To { get; init; }

    /// <summary>A literal substring of the ticket text (case-insensitive); %, _ and \ match themselves.</summary>
    public string? Text { get; init; }

    /// <summary>1-based.</summary>
    public int Page { get; init; } = 1;

    /// <summary>1 to <see cref="MaxPageSize"/>.</summary>
    public int PageSize { get; init; } = DefaultPageSize;
}
