using Hotline.Escalation.Contracts;
using Hotline.Kernel;
using Hotline.Organization.Contracts;
using Hotline.Tickets.Contracts;
using Hotline.Tickets.Contracts.Commands;
using Hotline.Tickets.Escalation;
using Microsoft.Extensions.DependencyInjection;

namespace Hotline.Tickets.Grains;

/// <summary>The ticket's side of A11: it reports its issue to its project and raises its own warnings, exactly once each.</summary>
public sealed partial class TicketGrain
{
    /// <summary>The outbox entries a command adds: warnings to raise (reopen, A11.4) and warnings to close (resolved, invalid).</summary>
    private TicketState WithCommandEffects(TicketState s, TicketCommand command, TicketView before, TicketView after)
    {
        if (command is Reopen reopen)
        {
            s = Enqueue(s, WarningLevel.Blue, WarningTrigger.RepeatComplaint, "A11.1.1: the owner reopened the ticket", System, reopen.Note, after.ReopenCount);
        }
        else if (command is RaiseRiskWarning risk)
        {
            s = Enqueue(s, WarningLevel.Red, WarningTrigger.EscalationRisk, "A11.4: risk of media coverage or group petition", risk.Actor, risk.Reason);
        }

        // A resolved or invalid ticket raises nothing more, and its warnings close with it.
        return before.Status != after.Status && after.Status is TicketStatus.Resolved or TicketStatus.Invalid ? s with { WarningsToClose = true } : s;
    }

    private static TicketState Enqueue(TicketState s, WarningLevel level, WarningTrigger trigger, string rule, Actor by, string? reason, int occurrence = 0)
    {
        var id = WarningIds.ForTicket(s.Ticket!.Id, trigger, level, occurrence);
        return s.Warnings.Any(w => w.Id == id) || s.PendingWarnings.Any(w => w.Id == id)
            ? s
            : s with { PendingWarnings = s.PendingWarnings.Add(new PendingWarning(id, level, trigger, rule, by, reason)) };
    }

    /// <summary>
    /// Carries out the outbox, each step idempotent (deterministic warning ids, idempotent project reports) and
    /// each saved as it completes: a failure leaves the rest pending for the next call, tick or activation.
    /// </summary>
    private async Task FlushPendingEffects()
    {
        if (Current.IssueReportPending)
        {
            var ticket = Current.Ticket!;
            var result = await GrainFactory.GetGrain<IProjectGrain>(ticket.ProjectId)
                .RecordIssue(new IssueReport(ticket.Id, ticket.IssueKey, ticket.Household!, ticket.RegisteredAt));
            var next = Current with { IssueReportPending = false };
            state.State = result.RepeatOf is { } earlier
                ? Enqueue(next, WarningLevel.Blue, WarningTrigger.RepeatComplaint, $"A11.1.1: repeat complaint by household {ticket.Household} (earlier ticket {earlier})", System, null)
                : next;
            await state.WriteStateAsync();
        }

        while (Current.PendingWarnings.FirstOrDefault() is { } pending)
        {
            await Raise(pending);
        }

        if (Current.WarningsToClose)
        {
            var status = Current.Ticket!.Status;
            await Task.WhenAll(Current.Warnings.Select(w => GrainFactory.GetGrain<IWarningGrain>(w.Id).Close($"ticket {status}")));
            state.State = Current with { WarningsToClose = false };
            await state.WriteStateAsync();
        }

        await FlushNotices();
    }

    private async Task Raise(PendingWarning pending)
    {
        var ticket = Current.Ticket!;
        var subject = new WarningSubject(ticket.Id, ticket.ProjectId, ticket.BranchId, ticket.IssueKey, [ticket.Id]);
        await GrainFactory.GetGrain<IWarningGrain>(pending.Id).Raise(new RaiseWarning(pending.Level, pending.Trigger, subject, pending.Rule, pending.By, pending.Reason));
        var lower = Current.Warnings.Where(w => w.Level < pending.Level).ToList();
        await Task.WhenAll(lower.Select(w => GrainFactory.GetGrain<IWarningGrain>(w.Id).Supersede(pending.Id)));

        var now = time.GetUtcNow();
        var warnings = Current.Warnings.Add(new TicketWarning(pending.Id, pending.Level, pending.Trigger, now));
        ticket = ticket with
        {
            Warnings = ticket.Warnings.Add(pending.Id),
            WarningLevel = OverdueEscalation.Highest(warnings)?.ToString(),
            Version = ticket.Version + 1,
        };
        var note = $"{pending.Level}: {pending.Rule}{(pending.Reason is null ? "" : $"; reason: {pending.Reason}")}";
        state.State = Current with
        {
            Ticket = ticket,
            Warnings = warnings,
            PendingWarnings = Current.PendingWarnings.RemoveAll(w => w.Id == pending.Id),
            Timeline = Current.Timeline.Add(new TimelineEntry(now, pending.By, "warning", note)),
        };
        await state.WriteStateAsync();
        await Publish(ticket);
    }

    /// <summary>"Deadline soon" to the project's liaisons and manager: one inbox item per person and clock, whatever the retries.</summary>
    private async Task SendDeadlineNotices(TicketView ticket, DateTimeOffset now)
    {
        var due = DeadlineNotices.Due(ticket, Current.NoticesSent, escalation.DeadlineNoticeLead, now).ToList();
        if (due.Count == 0)
        {
            return;
        }

        var notifier = ServiceProvider.GetRequiredService<INotifier>();
        // This silo's copy of the staff directory, not a call to the one company grain per notice.
        var people = await ServiceProvider.GetRequiredService<IStaffDirectory>().GetPeople();
        var recipients = people.Where(p => p.Roles.Any(r => r.Scope == ScopeKind.Project && r.ScopeId == ticket.ProjectId
            && r.Role is Role.ProjectLiaison or Role.ProjectManager)).Select(p => p.Id).ToList();
        foreach (var clock in due)
        {
            var item = new InboxItem($"{ticket.Id:N}/{DeadlineNotices.Key(clock)}/{InboxItemKind.DeadlineSoon}", now, null, null, InboxItemKind.DeadlineSoon,
                $"{clock.Kind} deadline of ticket {ticket.Id:N} ({ticket.ProjectId}) is {clock.DueAt:u}", ticket.Id);
            await notifier.Notify(recipients, item);
        }

        state.State = Current with { NoticesSent = Current.NoticesSent.AddRange(due.Select(DeadlineNotices.Key)) };
        await state.WriteStateAsync();
    }

    private static string OverdueRule(WarningLevel level, TimeSpan pastDue) => level switch
    {
        WarningLevel.Blue => $"A11.1.2: unhandled {pastDue.TotalDays:0.#} days past its time limit",
        WarningLevel.Yellow => $"A11.2: unhandled {pastDue.TotalDays:0.#} days past its time limit",
        _ => $"A11.3.1: unhandled {pastDue.TotalDays:0.#} days past its time limit",
    };
}
