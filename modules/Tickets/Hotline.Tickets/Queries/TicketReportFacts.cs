using Hotline.Tickets.Contracts;

namespace Hotline.Tickets.Queries;

/// <summary>
/// What the reports (issue 12) count beside the list's columns (migration 0027): when the ticket was resolved and closed,
/// each clock's outcome, the owner's rating and a suggestion's decision. Written with the row; only the reports' SQL reads them, never the lists.
/// </summary>
public sealed record TicketReportFacts(
    DateTimeOffset? ResolvedAt,
    DateTimeOffset? ClosedAt,
    string? ClockStart,
    string? ClockContact,
    string? ClockPlan,
    string? ClockResolution,
    string? ClockSuggestionReply,
    int? RatingOverall,
    int? RatingSpeed,
    int? RatingAttitude,
    bool? SuggestionAdopted)
{
    /// <summary>The ticket's facts; every member null when it has none (no clock, not resolved, unrated, undecided).</summary>
    public static TicketReportFacts From(Ticket view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var clocks = view.Clocks.IsDefault ? [] : view.Clocks;
        string? Outcome(ClockKind kind) => ClockOutcome.Of(clocks.Where(c => c.Kind == kind).MaxBy(c => c.StartedAt));
        // Reopening sends the ticket back to work: it is resolved (or closed) only while its status says so.
        var resolved = view.Status is TicketStatus.Resolved or TicketStatus.Closed ? view.ResolvedAt?.ToUniversalTime() : null;
        var closed = view.Status == TicketStatus.Closed ? view.ClosedAt?.ToUniversalTime() : null;
        return new TicketReportFacts(
            resolved,
            closed,
            Outcome(ClockKind.Start),
            Outcome(ClockKind.Contact),
            Outcome(ClockKind.Plan),
            Outcome(ClockKind.Resolution),
            Outcome(ClockKind.SuggestionReply),
            view.Rating?.Overall,
            view.Rating?.Speed,
            view.Rating?.Attitude,
            view.Kind == TicketKind.Suggestion ? view.Decision?.Adopted : null);
    }
}
