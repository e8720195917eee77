using Hotline.Escalation.Contracts;
using Hotline.Kernel;
using Hotline.Organization.Contracts;
using Hotline.Plugins.Abstractions;
using Hotline.Plugins.Kit;
using Hotline.Tickets.Contracts;
using Hotline.Tickets.Contracts.Commands;
using Hotline.Tickets.Warnings;
using Microsoft.Extensions.DependencyInjection;

namespace Hotline.Tickets.Grains;

/// <summary>The ticket's side of A11: it reports its issue to its project and raises its own warnings, exactly once each.</summary>
public sealed partial class TicketGrain
{
    /// <summary>The outbox entries a command adds: warnings to raise (reopen, A11.4) and warnings to close (resolved, invalid).</summary>
    private TicketState WithCommandEffects(TicketState s, TicketCommand command, Ticket before, Ticket after)
    {
        if (command is Reopen reopen)
        {
            s = Enqueue(s, WarningLevel.Blue, WarningTrigger.RepeatComplaint, "A11.1.1: the owner reopened the ticket", System, reopen.Note, after.ReopenCount);
        }
        else if (command is RaiseRiskWarning risk)
        {
            // Each risk raised is its own warning: one dismissed earlier does not swallow a new one with a new reason.
            var earlier = s.Warnings.Count(w => w.Trigger == WarningTrigger.EscalationRisk) + s.PendingWarnings.Count(w => w.Trigger == WarningTrigger.EscalationRisk);
            s = Enqueue(s, WarningLevel.Red, WarningTrigger.EscalationRisk, "A11.4: risk of media coverage or group petition", risk.Actor, risk.Reason, earlier);
        }

        s = CountsFollow(s, before, after);

        // A resolved or invalid ticket raises nothing more, and its warnings close with it.
        return before.Status != after.Status && after.Status is TicketStatus.Resolved or TicketStatus.Invalid ? s with { WarningsToClose = true } : s;
    }

    /// <summary>
    /// Counts follow the ticket (A11.3, A10.4): once its issue was counted, a new issue key or project moves the count and
    /// an invalid complaint withdraws it. The outbox keeps where it was first counted until the move is done.
    /// </summary>
    private static TicketState CountsFollow(TicketState s, Ticket before, Ticket after)
    {
        var counted = before.Household is not null && before.Kind != TicketKind.Suggestion && !s.IssueReportPending;
        var moved = before.ProjectId != after.ProjectId || before.IssueKey != after.IssueKey
            || (after.Status == TicketStatus.Invalid && before.Status != TicketStatus.Invalid);
        return counted && moved ? s with { IssueMoveFrom = s.IssueMoveFrom ?? new ReportedIssue(before.ProjectId, before.IssueKey) } : s;
    }

    private static IssueReport ReportOf(Ticket ticket, string issueKey) =>
        new(ticket.Id, issueKey, ticket.Household!, ticket.RegisteredAt) { Local = IssueLocation.IsLocal(issueKey) };

    /// <summary>
    /// A11.1.1 by hand: the agent starts the repeat-complaint procedure naming the earlier ticket. The same warning id as a
    /// repeat detected from the household, so the ticket has one procedure whichever way it was found.
    /// </summary>
    /// A ticket with a household joins the household's procedure once its issue is counted (<see cref="JoinRepeatProcedure"/>).
    private static TicketState MarkedRepeat(TicketState s, Guid? earlier, Actor by) => earlier is { } id && !s.IssueReportPending
        ? Enqueue(s, WarningLevel.Blue, WarningTrigger.RepeatComplaint, $"A11.1.1: marked by the agent as a repeat complaint (earlier ticket {id})", by, null)
        : s;

    private static TicketState Enqueue(TicketState s, WarningLevel level, WarningTrigger trigger, string rule, Actor by, string? reason, int occurrence = 0) =>
        Enqueue(s, WarningIds.ForTicket(s.Ticket!.Id, trigger, level, occurrence), level, trigger, rule, by, reason);

    private static TicketState Enqueue(TicketState s, Guid id, WarningLevel level, WarningTrigger trigger, string rule, Actor by, string? reason)
    {
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
            // An invalid complaint that was never counted is not counted now (A10.4).
            var ticket = Current.Ticket!;
            var result = ticket.Status == TicketStatus.Invalid
                ? null
                : await GrainFactory.GetGrain<IProjectGrain>(ticket.ProjectId).RecordIssue(ReportOf(ticket, ticket.IssueKey));
            var next = Current with { IssueReportPending = false };
            // A repeat found from the household, or marked by the agent (A11.1.1): either way the household's one procedure.
            var earlier = result is null ? null : result.RepeatOf ?? ticket.RepeatOf;
            await SaveOutboxStep(earlier is { } e ? await JoinRepeatProcedure(next, e) : next, ticket);
        }

        if (Current.IssueMoveFrom is { } from)
        {
            var ticket = Current.Ticket!;
            Guid? repeatOf = null;
            if (ticket.Status == TicketStatus.Invalid)
            {
                await GrainFactory.GetGrain<IProjectGrain>(from.ProjectId).WithdrawIssue(ReportOf(ticket, from.IssueKey));
            }
            else
            {
                repeatOf = (await GrainFactory.GetGrain<IProjectGrain>(ticket.ProjectId)
                    .MoveIssue(from.ProjectId, ReportOf(ticket, from.IssueKey), ReportOf(ticket, ticket.IssueKey))).RepeatOf;
            }

            var next = Current with { IssueMoveFrom = null };
            await SaveOutboxStep(repeatOf is { } earlier ? await JoinRepeatProcedure(next, earlier) : next, ticket);
        }

        while (Current.PendingWarnings.FirstOrDefault() is { } pending)
        {
            await Raise(pending);
        }

        if (Current.WarningsToClose)
        {
            var status = Current.Ticket!.Status;
            // A10.4: an invalid complaint's warnings also reverse their deductions (the warning grain books the reversal).
            await Task.WhenAll(Current.Warnings.Where(w => !w.Linked).Select(w => status == TicketStatus.Invalid
                ? GrainFactory.GetGrain<IWarningGrain>(w.Id).Invalidate($"ticket {status}")
                : GrainFactory.GetGrain<IWarningGrain>(w.Id).Close($"ticket {status}")));
            await Persist(Current with { WarningsToClose = false });
        }

        await FlushNotices();
    }

    private async Task SaveOutboxStep(TicketState next, Ticket before)
    {
        await Persist(next);
        if (Current.Ticket!.Version != before.Version)
        {
            await Publish(Current.Ticket!); // joined an open repeat procedure: the list shows its level
        }
    }

    private async Task Raise(PendingWarning pending)
    {
        var ticket = Current.Ticket!;
        var subject = new WarningSubject(ticket.Id, ticket.ProjectId, ticket.BranchId, ticket.IssueKey, [ticket.Id]);
        await GrainFactory.GetGrain<IWarningGrain>(pending.Id).Raise(new RaiseWarning(pending.Level, pending.Trigger, subject, pending.Rule, pending.By, pending.Reason));
        var lower = Current.Warnings.Where(w => w.Level < pending.Level && !w.Linked).ToList();
        await Task.WhenAll(lower.Select(w => GrainFactory.GetGrain<IWarningGrain>(w.Id).Supersede(pending.Id)));

        var now = time.GetUtcNow();
        var warnings = Current.Warnings.Add(new TicketWarning(pending.Id, pending.Level, pending.Trigger, now));
        ticket = ticket with
        {
            Warnings = ticket.Warnings.Add(pending.Id),
            WarningLevel = OverdueEscalation.LiveLevel(warnings),
            Version = ticket.Version + 1,
        };
        var note = $"{pending.Level}: {pending.Rule}{(pending.Reason is null ? "" : $"; reason: {pending.Reason}")}";
        await Persist(Current with
        {
            Ticket = ticket,
            Warnings = warnings,
            PendingWarnings = Current.PendingWarnings.RemoveAll(w => w.Id == pending.Id),
            Timeline = Current.Timeline.Add(new TimelineEntry(now, pending.By, "warning", note)),
        });
        await Publish(ticket);
    }

    /// <summary>"Deadline soon" to the project's liaisons and manager: one inbox item per person and clock, whatever the retries.</summary>
    private async Task SendDeadlineNotices(Ticket ticket, IReadOnlyList<Clock> due, DateTimeOffset now)
    {
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

        await Persist(Current with { NoticesSent = Current.NoticesSent.AddRange(due.Select(DeadlineNotices.Key)) });
    }

    private static string OverdueRule(WarningLevel level, TimeSpan pastDue) => level switch
    {
        WarningLevel.Blue => $"A11.1.2: unhandled {pastDue.TotalDays:0.#} days past its time limit",
        WarningLevel.Yellow => $"A11.2: unhandled {pastDue.TotalDays:0.#} days past its time limit",
        _ => $"A11.3.1: unhandled {pastDue.TotalDays:0.#} days past its time limit",
    };
}
