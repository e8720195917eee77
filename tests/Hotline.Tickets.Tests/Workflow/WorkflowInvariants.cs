using System.Collections.Immutable;
using Hotline.Tickets.Contracts;
using Hotline.Tickets.Workflow;
using static Hotline.Tickets.Contracts.TicketCommands;

namespace Hotline.Tickets.Tests.Workflow;

/// <summary>
/// The laws every ticket obeys after every step, and every step obeys. Each returns the first broken
/// law (with a stable code) or null. Codes name the rule; A10.1.3.3 is "never unowned".
/// </summary>
internal static class WorkflowInvariants
{
    private static readonly TicketStatus[] Handling = [TicketStatus.Dispatched, TicketStatus.Started, TicketStatus.Contacted, TicketStatus.InProgress];
    private static readonly TicketStatus[] Settled = [TicketStatus.Resolved, TicketStatus.Closed, TicketStatus.Invalid];

    public static bool IsHandling(TicketStatus status) => Handling.Contains(status);

    /// <summary>Laws of one ticket as it stands at <paramref name="now"/>, with the commands it accepts then.</summary>
    public static InvariantViolation? OfState(Ticket t, DateTimeOffset now, IClockRules rules, ImmutableArray<string> allowed)
    {
        if (!Enum.IsDefined(t.Status))
        {
            return new("status-defined", $"status {(int)t.Status} is not a TicketStatus");
        }

        if (!Enum.IsDefined(t.Severity) || !WorkflowWorld.Categories.All.Any(h => h.Code == t.Category))
        {
            return new("category-severity-canonical", $"category '{t.Category}' / severity {t.Severity} is not a catalog code / defined value");
        }

        if (IsHandling(t.Status) && !t.Clocks.Any(c => c.IsOpen && c.PausedSince is null))
        {
            // Open and running: pending, or breached (the breach is booked and the reminder stops, but the clock still runs late).
            return new("A10.1.3.3-never-unowned", $"{t.Status} ticket has no running clock: {Clocks(t)}");
        }

        var waitingClock = t.Clocks.Any(c => c.Kind == ClockKind.OwnerFollowUp && c.IsOpen);
        if ((t.WaitingOnOwner is not null) != waitingClock)
        {
            return new("owner-wait-has-follow-up", $"waiting on owner: {t.WaitingOnOwner is not null}, open OwnerFollowUp clock: {waitingClock}: {Clocks(t)}");
        }

        if (t.WaitingOnOwner is not null && !IsHandling(t.Status))
        {
            return new("owner-wait-only-while-handling", $"{t.Status} ticket still waits on the owner");
        }

        if (t.WaitingOnOwner is null && t.Clocks.Any(c => c.IsOpen && c.PausedSince is not null))
        {
            return new("no-pause-without-wait", $"an open clock is paused though nobody waits on the owner: {Clocks(t)}");
        }

        if (Settled.Contains(t.Status) && t.Clocks.Any(c => c.IsPending))
        {
            return new("settled-has-no-pending-clock", $"{t.Status} ticket still has a pending clock: {Clocks(t)}");
        }

        if (Settled.Contains(t.Status) && t.Clocks.Any(c => c.IsOpen))
        {
            return new("settled-has-no-open-clock", $"{t.Status} ticket still has an open clock: {Clocks(t)}");
        }

        foreach (var c in t.Clocks)
        {
            if (c.BreachRecordedAt is { } breach && breach < c.DueAt)
            {
                return new("breach-not-before-due", $"{c.Kind} breach recorded at {WorkflowStep.Format(breach)}, before its due time {WorkflowStep.Format(c.DueAt)}");
            }

            if (c.DueAt <= c.StartedAt)
            {
                return new("due-after-start", $"{c.Kind} is due at {WorkflowStep.Format(c.DueAt)}, not after its start {WorkflowStep.Format(c.StartedAt)}");
            }

            if (c.MetAt < c.StartedAt || c.CancelledAt < c.StartedAt || c.BreachRecordedAt > now || c.MetAt > now || c.CancelledAt > now)
            {
                return new("clock-times-ordered", $"{c.Kind} has a met/cancel/breach time outside [start, now]: {c}");
            }
        }

        ClockKind[] clockKinds = t.Kind == TicketKind.Suggestion
            ? [ClockKind.SuggestionReply]
            : [ClockKind.Start, ClockKind.Contact, ClockKind.Plan, ClockKind.Resolution, ClockKind.OwnerFollowUp];
        if (t.Clocks.FirstOrDefault(c => !clockKinds.Contains(c.Kind)) is { } foreign)
        {
            return new("clock-kind-fits-ticket-kind", $"a {t.Kind} has a {foreign.Kind} clock");
        }

        if (allowed.Any(name => !TicketCommands.All.Contains(name)) || allowed.Distinct().Count() != allowed.Length)
        {
            return new("allowed-commands-known", $"allowed commands [{string.Join(", ", allowed)}] contain an unknown or repeated name");
        }

        if (t.Status == TicketStatus.Invalid && allowed.Length > 0)
        {
            return new("invalid-is-terminal", $"an invalid ticket accepts [{string.Join(", ", allowed)}]");
        }

        if (t.Status == TicketStatus.Closed)
        {
            var reopenable = t.Kind != TicketKind.Suggestion && now - t.ClosedAt <= rules.ReopenWindow;
            // Besides reopening: the owner rates the resolution once, within the same window, and staff answer it once.
            string[] expected =
            [
                .. reopenable ? [Reopen] : Array.Empty<string>(),
                .. t.Rating is null && now - t.ClosedAt <= rules.ReopenWindow ? [Rate] : Array.Empty<string>(),
                .. t.Rating is { Answer: null } ? [AnswerRating] : Array.Empty<string>(),
            ];
            if (!allowed.SequenceEqual(expected))
            {
                return new("closed-only-reopens-within-window",
                    $"closed {WorkflowStep.Format(t.ClosedAt!.Value)}, now {WorkflowStep.Format(now)}: accepts [{string.Join(", ", allowed)}], expected [{string.Join(", ", expected)}]");
            }
        }

        return null;
    }

    /// <summary>Laws of one step from <paramref name="before"/> to <paramref name="after"/>.</summary>
    public static InvariantViolation? OfStep(Ticket before, Ticket after, WorkflowStep step, bool applied)
    {
        if (after.Id != before.Id || after.Kind != before.Kind || after.RegisteredAt != before.RegisteredAt || after.Text != before.Text
            || after.Channel != before.Channel || after.Limits != before.Limits)
        {
            return new("identity-kept", "id, kind, registration time, text, channel or limits changed");
        }

        if (applied ? after.Version != before.Version + 1 : after != before)
        {
            return new("version-one-per-change", $"{(applied ? "applied" : "not applied")}: version {before.Version} -> {after.Version}{(applied ? "" : ", or the ticket changed")}");
        }

        if (after.Clocks.Length < before.Clocks.Length)
        {
            return new("clocks-never-removed", $"{before.Clocks.Length} clocks became {after.Clocks.Length}");
        }

        for (var i = 0; i < before.Clocks.Length; i++)
        {
            var (was, now) = (before.Clocks[i], after.Clocks[i]);
            if (was.Kind != now.Kind || was.StartedAt != now.StartedAt)
            {
                return new("clocks-never-removed", $"clock #{i} {was.Kind} started {WorkflowStep.Format(was.StartedAt)} was replaced by {now.Kind} started {WorkflowStep.Format(now.StartedAt)}");
            }

            if ((was.MetAt is not null || was.CancelledAt is not null) && now != was)
            {
                return new("settled-clock-never-changes", $"clock #{i} {was.Kind} was {(was.MetAt is not null ? "met" : "cancelled")} but changed:\n      before {was}\n      after  {now}");
            }

            if (was.BreachRecordedAt is not null && now.BreachRecordedAt != was.BreachRecordedAt)
            {
                return new("breach-never-cleared", $"clock #{i} {was.Kind} breach {WorkflowStep.Format(was.BreachRecordedAt.Value)} became {now.BreachRecordedAt?.ToString("o") ?? "null"}");
            }

            if (step.IsTick && now != was && now != was with { BreachRecordedAt = step.At })
            {
                return new("tick-only-records-breaches", $"a tick changed clock #{i} {was.Kind} beyond recording its breach:\n      before {was}\n      after  {now}");
            }
        }

        if (applied && step.Command?.Name is Assign or Take or Return && !after.Clocks.SequenceEqual(before.Clocks))
        {
            // Issue 11: the clocks do not care who holds the ticket.
            return new("dispatch-leaves-clocks", $"{step.Command.Name} changed the clocks: {Clocks(before)} -> {Clocks(after)}");
        }

        if (step.IsTick && after.Clocks.Length != before.Clocks.Length)
        {
            return new("tick-only-records-breaches", "a tick added a clock");
        }

        if (step.IsTick && after != (applied ? before with { Clocks = after.Clocks, Version = after.Version } : before))
        {
            return new("tick-only-records-breaches", "a tick changed more than the clocks and the version");
        }

        if (before.Status == TicketStatus.Invalid && after != before)
        {
            return new("invalid-is-terminal", $"an invalid ticket changed on {step}");
        }

        if (before.Status == TicketStatus.Closed && after.Status != TicketStatus.Closed
            && (step.Command?.Name != Reopen || after.Status != TicketStatus.InProgress))
        {
            return new("closed-only-reopens-within-window", $"a closed ticket became {after.Status} on {step}");
        }

        return null;
    }

    private static string Clocks(Ticket t) =>
        string.Join("; ", t.Clocks.Select(c =>
            $"{c.Kind}[due {WorkflowStep.Format(c.DueAt)}{(c.MetAt is null ? "" : ", met")}{(c.CancelledAt is null ? "" : ", cancelled")}{(c.PausedSince is null ? "" : ", paused")}{(c.BreachRecordedAt is null ? "" : ", breached")}]"));
}
