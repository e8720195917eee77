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

    /// <summary>Counting matches stops here: a page tells "1000+" instead of scanning every match of a broad filter.</summary>
    public const int CountCap = 1000;

    /// <summary>The <see cref="WarningLevel"/> value that selects tickets without a warning.</summary>
    public const string NoWarning = Contracts.Lists.TicketListValues.NoWarning;

    public string? ProjectId { get; init; }

    public string? BranchId { get; init; }

    public TicketKind? Kind { get; init; }

    public string? Category { get; init; }

    public Severity? Severity { get; init; }

    public TicketStatus? Status { get; init; }

    public bool? Breached { get; init; }

    public DateTimeOffset? From { get; init; }

    public DateTimeOffset? To { get; init; }

    /// <summary>
    /// A literal substring of the ticket text (case-insensitive); %, _ and \ match themselves. A ticket number
    /// (digits) also finds the ticket with that number.
    /// </summary>
    public string? Text { get; init; }

    /// <summary>Blue, Yellow or Red (the highest warning raised), or <see cref="NoWarning"/>.</summary>
    public string? WarningLevel { get; init; }

    /// <summary>Who must act next: one of <see cref="TicketAssignee.All"/>.</summary>
    public string? Assignee { get; init; }

    /// <summary>"Needs my action": tickets waiting on any of these parties (<see cref="TicketAssignee.For"/>); empty matches none.</summary>
    public IReadOnlyList<string>? AwaitingAnyOf { get; init; }

    public string? Household { get; init; }

    /// <summary>The responsible department (the plan's, else the category's).</summary>
    public string? Department { get; init; }

    /// <summary>The handler holding the ticket (person id).</summary>
    public string? Handler { get; init; }

    /// <summary>
    /// True: the project's pool (issue 11's grab mode): complaints and repairs still being handled that no handler holds.
    /// False: those a handler holds.
    /// </summary>
    public bool? Pool { get; init; }

    /// <summary>1-based.</summary>
    public int Page { get; init; } = 1;

    /// <summary>1 to <see cref="MaxPageSize"/>.</summary>
    public int PageSize { get; init; } = DefaultPageSize;
}
