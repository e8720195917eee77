using System.Text.Json.Serialization;
using Hotline.Tickets.Contracts;
using Hotline.Tickets.Workflow;

namespace Hotline.Tickets.Queries;

/// <summary>
/// One row of the ticket list (table <c>ticket_list</c>): what lists and filters need, projected from
/// the grain's <see cref="Ticket"/>. Enumerations are kept by name so new values need no migration.
/// </summary>
public sealed record TicketListRow(
    Guid Id,
    int Version,
    string Kind,
    string ProjectId,
    string BranchId,
    string Category,
    string Severity,
    string Status,
    string IssueKey,
    string Channel,
    string Text,
    DateTimeOffset RegisteredAt,
    bool Breached,
    DateTimeOffset? NextDueAt,
    DateTimeOffset UpdatedAt)
{
    /// <summary>The owner's name and phone, masked only: lists and exports never carry them whole.</summary>
    public OwnerContactMasked? OwnerContactMasked { get; init; }

    /// <summary>The ticket's short number (<see cref="TicketNumber"/>), given by the store when the first row is written; null on rows not read from it.</summary>
    public string? Number { get; init; }

    /// <summary>The highest warning level raised (Blue, Yellow, Red), or null.</summary>
    public string? WarningLevel { get; init; }

    public string? Household { get; init; }

    /// <summary>The department the plan named, else the one the category gives.</summary>
    public string? ResponsibleDepartment { get; init; }

    /// <summary>The completion time the unit promised in its plan (A10.3), when reported.</summary>
    public DateTimeOffset? PromisedCompletionAt { get; init; }

    /// <summary>Who must act next (<see cref="TicketAssignee"/>), or null when nobody must.</summary>
    public string? Assignee { get; init; }

    /// <summary>The handler holding the ticket (issue 11's dispatch), or null while it is with its unit (the pool).</summary>
    public string? Handler { get; init; }

    /// <summary>
    /// What the reports count (resolution, clocks, rating, decision), written with the row; null writes NULLs. Only the
    /// reports' SQL reads those columns: rows read by lists leave it null, and the list API leaves it out.
    /// </summary>
    [JsonIgnore]
    public TicketReportFacts? Report { get; init; }

    /// <summary>
    /// The row for a ticket's live state. <paramref name="now"/> becomes <see cref="UpdatedAt"/>;
    /// breached means any clock breached, next due the earliest deadline of the pending clocks. A complaint found
    /// invalid (A10.4) is outside the timeliness figures: never breached in the list, though its clocks keep their history.
    /// </summary>
    public static TicketListRow From(Ticket view, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(view);
        var clocks = view.Clocks.IsDefault ? [] : view.Clocks;
        var nextDue = clocks.NextDue();
        return new TicketListRow(
            view.Id,
            view.Version,
            view.Kind.ToString(),
            view.ProjectId,
            view.BranchId,
            view.Category,
            view.Severity.ToString(),
            view.Status.ToString(),
            view.IssueKey,
            view.Channel,
            view.Text,
            view.RegisteredAt.ToUniversalTime(),
            view.Status != TicketStatus.Invalid && clocks.Any(c => c.Breached),
            nextDue?.ToUniversalTime(),
            now.ToUniversalTime())
        {
            OwnerContactMasked = view.OwnerContactMasked,
            WarningLevel = view.WarningLevel,
            Household = view.Household,
            ResponsibleDepartment = view.Plan?.Department ?? view.ResponsibleDepartment,
            PromisedCompletionAt = view.Plan?.CompletionDueAt?.ToUniversalTime(),
            Assignee = TicketAssignee.Of(view),
            Handler = view.Handler,
            Report = TicketReportFacts.From(view),
        };
    }
}
