using Hotline.Tickets.Contracts;
using Hotline.Tickets.Sla;

namespace Hotline.Tickets.Workflow;

/// <summary>Clock rules from the limits a ticket was given at registration (kept for its whole life), and the host's owner-wait bound.</summary>
public sealed class LimitsClockRules(TicketLimits limits, OwnerWaitOptions? ownerWait = null) : IClockRules
{
    public TimeSpan OwnerWaitLimit { get; } = (ownerWait ?? new OwnerWaitOptions()).MaxWait;

    private readonly Deadlines _deadlines = Deadlines.For(limits);

    public int CallbackAttempts => limits.CallbackAttempts;

    public TimeSpan ReopenWindow => limits.ReopenWindow.Duration;

    public TimeSpan StatementWindow => limits.NonResponsibilityStatement.Duration;

    public DateTimeOffset DueAt(ClockKind clock, Severity severity, DateTimeOffset from) => _deadlines.DueAt(clock switch
    {
        ClockKind.Start => limits.Start,
        ClockKind.Contact => limits.Contact,
        ClockKind.Plan => limits.PlanFor(severity),
        ClockKind.SuggestionReply => limits.SuggestionReply,
        _ => throw new ArgumentOutOfRangeException(nameof(clock), clock, "this clock's due time is given by a command, not by the policy"),
    }, from);
}
