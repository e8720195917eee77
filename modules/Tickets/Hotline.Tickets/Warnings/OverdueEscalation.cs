using System.Collections.Immutable;
using Hotline.Escalation.Contracts;
using Hotline.Kernel;
using Hotline.Tickets.Contracts;

namespace Hotline.Tickets.Warnings;

/// <summary>
/// A11.1.2 / A11.2 / A11.3.1: how far a ticket is past its current due time, and which warning that
/// calls for. Pure, so every threshold is testable without a cluster. Levels only go up.
/// </summary>
public static class OverdueEscalation
{
    /// <summary>
    /// The ticket's current time limit: its open step clock (start, contact, plan) while no plan is reported, then the
    /// completion time the group confirmed (A10.3.2–5); while a reported plan is not yet confirmed, the limit the plan
    /// had to be reported by (re-reporting a later date moves nothing). A plan stored before confirmation existed keeps
    /// its promised time. None while resolved, closed, invalid or waiting on the owner (a bounded wait, see OwnerWaits).
    /// </summary>
    public static DateTimeOffset? CurrentDue(Ticket t)
    {
        if (t.Kind == TicketKind.Suggestion || t.Status is TicketStatus.Resolved or TicketStatus.Closed or TicketStatus.Invalid || t.WaitingOnOwner is not null)
        {
            return null;
        }

        var step = t.Clocks.Where(c => c.IsOpen && c.Kind is ClockKind.Start or ClockKind.Contact or ClockKind.Plan).Select(c => (DateTimeOffset?)c.DueAt).Min();
        var promised = t.Clocks.Where(c => c.IsOpen && c.Kind == ClockKind.Resolution).Select(c => (DateTimeOffset?)c.DueAt).Max();
        return step ?? (t.Plan is { ConfirmationRequired: true } plan
            ? plan.ConfirmedCompletionDueAt ?? t.Clocks.LastOrDefault(c => c.Kind == ClockKind.Plan)?.DueAt ?? promised
            : promised);
    }

    /// <summary>The highest level reached now that is above every level raised so far, if any.</summary>
    public static (WarningLevel Level, TimeSpan PastDue)? Reached(Ticket t, ImmutableArray<TicketWarning> raised, IEscalationPolicy policy, DateTimeOffset now) =>
        CurrentDue(t) is { } due
            ? Above(raised, policy).Where(x => now >= due + x.PastDue).Select(x => ((WarningLevel, TimeSpan)?)x).LastOrDefault()
            : null;

    /// <summary>When the next level would be reached if nothing changes (a deadline for the ticket's reminder).</summary>
    public static DateTimeOffset? Next(Ticket t, ImmutableArray<TicketWarning> raised, IEscalationPolicy policy) =>
        CurrentDue(t) is { } due ? Above(raised, policy).Select(x => (DateTimeOffset?)(due + x.PastDue)).FirstOrDefault() : null;

    /// <summary>The level a ticket shows: its highest warning still live (a dismissed one no longer counts, A11.4).</summary>
    public static string? LiveLevel(IEnumerable<TicketWarning> warnings) => Highest([.. warnings.Where(w => !w.Dismissed)])?.ToString();

    public static WarningLevel? Highest(ImmutableArray<TicketWarning> raised) =>
        raised.IsDefaultOrEmpty ? null : raised.Max(w => w.Level);

    /// <summary>
    /// Only the overdue ladder's own warnings count: a repeat-complaint blue (A11.1.1) or a person-raised red (A11.4)
    /// does not stand in for the blue, yellow and red that A11.1.2 / A11.2 / A11.3.1 raise (and deduct) later.
    /// </summary>
    private static IEnumerable<(WarningLevel Level, TimeSpan PastDue)> Above(ImmutableArray<TicketWarning> raised, IEscalationPolicy policy)
    {
        var highest = Highest(raised.IsDefault ? [] : [.. raised.Where(w => w.Trigger == WarningTrigger.Overdue)]);
        return policy.OverdueThresholds.Where(x => highest is null || x.Level > highest).OrderBy(x => x.PastDue);
    }
}
