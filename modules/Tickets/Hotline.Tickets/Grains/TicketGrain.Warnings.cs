using Hotline.Escalation.Contracts;
using Hotline.Organization.Contracts;
using Hotline.Tickets.Contracts;
using Hotline.Tickets.Escalation;

namespace Hotline.Tickets.Grains;

/// <summary>The ticket's side of A11: it reports its issue to its project and raises its own warnings, exactly once each.</summary>
public sealed partial class TicketGrain
{
    /// <summary>A11.1.1 and the same-issue counts (A11.3): the project answers whether this is a repeat complaint.</summary>
    private async Task ReportIssue(TicketView ticket)
    {
        if (ticket.Household is not { } household || ticket.Kind == TicketKind.Suggestion)
        {
            return;
        }

        var result = await GrainFactory.GetGrain<IProjectGrain>(ticket.ProjectId)
            .RecordIssue(new IssueReport(ticket.Id, ticket.IssueKey, household, ticket.RegisteredAt));
        if (result.RepeatOf is { } earlier)
        {
            await RaiseWarning(WarningLevel.Blue, WarningTrigger.RepeatComplaint, $"A11.1.1: repeat complaint by household {household} (earlier ticket {earlier})", System, null);
        }
    }

    private async Task AfterCommand(TicketCommand command, TicketView before, TicketView after)
    {
        if (command.Name == TicketCommands.Reopen)
        {
            await RaiseWarning(WarningLevel.Blue, WarningTrigger.RepeatComplaint, "A11.1.1: the owner reopened the ticket", System, command.Note, after.ReopenCount);
        }
        else if (command.Name == TicketCommands.RaiseRiskWarning)
        {
            await RaiseWarning(WarningLevel.Red, WarningTrigger.EscalationRisk, "A11.4: risk of media coverage or group petition", command.Actor, command.Reason);
        }

        // A resolved or invalid ticket raises nothing more, and its warnings close with it.
        if (before.Status != after.Status && after.Status is TicketStatus.Resolved or TicketStatus.Invalid)
        {
            await Task.WhenAll(Current.Warnings.Select(w => GrainFactory.GetGrain<IWarningGrain>(w.Id).Close($"ticket {after.Status}")));
        }
    }

    private async Task RaiseWarning(WarningLevel level, WarningTrigger trigger, string rule, Actor by, string? reason, int occurrence = 0)
    {
        var ticket = Current.Ticket!;
        var id = WarningIds.ForTicket(ticket.Id, trigger, level, occurrence);
        if (Current.Warnings.Any(w => w.Id == id))
        {
            return;
        }

        // Raise first (idempotent by id), then record: a crash in between only repeats a harmless raise.
        var subject = new WarningSubject(ticket.Id, ticket.ProjectId, ticket.BranchId, ticket.IssueKey, [ticket.Id]);
        await GrainFactory.GetGrain<IWarningGrain>(id).Raise(new RaiseWarning(level, trigger, subject, rule, by, reason));
        var lower = Current.Warnings.Where(w => w.Level < level).ToList();
        await Task.WhenAll(lower.Select(w => GrainFactory.GetGrain<IWarningGrain>(w.Id).Supersede(id)));

        var now = time.GetUtcNow();
        var warnings = Current.Warnings.Add(new TicketWarning(id, level, trigger, now));
        ticket = ticket with
        {
            Warnings = ticket.Warnings.Add(id),
            WarningLevel = OverdueEscalation.Highest(warnings)?.ToString(),
            Version = ticket.Version + 1,
        };
        state.State = Current with
        {
            Ticket = ticket,
            Warnings = warnings,
            Timeline = Current.Timeline.Add(new TimelineEntry(now, by, "warning", $"{level}: {rule}{(reason is null ? "" : $"; reason: {reason}")}")),
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

        var people = await GrainFactory.GetGrain<ICompanyGrain>(ICompanyGrain.SingletonKey).GetPeople();
        var recipients = people.Where(p => p.Roles.Any(r => r.Scope == ScopeKind.Project && r.ScopeId == ticket.ProjectId
            && r.Role is Role.ProjectLiaison or Role.ProjectManager)).Select(p => p.Id).ToList();
        foreach (var clock in due)
        {
            var item = new InboxItem($"{ticket.Id:N}/{DeadlineNotices.Key(clock)}/{InboxItemKind.DeadlineSoon}", now, null, null, InboxItemKind.DeadlineSoon,
                $"{clock.Kind} deadline of ticket {ticket.Id:N} ({ticket.ProjectId}) is {clock.DueAt:u}", ticket.Id);
            await Task.WhenAll(recipients.Select(id => GrainFactory.GetGrain<IInboxGrain>(id).Deliver(item)));
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
