using Hotline.Escalation.Contracts;
using Hotline.Escalation.Routing;
using Hotline.Kernel;
using Hotline.BuildingBlocks;
using Hotline.Notifications.Contracts;
using Microsoft.Extensions.DependencyInjection;

namespace Hotline.Escalation.Warnings;

/// <summary>The plan and completion time the people notified owe within the answer limit, and the overdue notice when they do not.</summary>
public sealed partial class WarningGrain
{
    public async Task<WarningOutcome> Answer(WarningAnswer answer)
    {
        ArgumentNullException.ThrowIfNull(answer);
        if (Current.Warning is not { } w)
        {
            return Outcomes.NotFound();
        }

        var now = time.GetUtcNow();
        if (string.IsNullOrWhiteSpace(answer.By.PersonId))
        {
            return Outcomes.Invalid(w, "personId", "is required");
        }

        if (string.IsNullOrWhiteSpace(answer.Plan))
        {
            return Outcomes.Invalid(w, "plan", "the answer states the plan");
        }

        if (w is { Status: WarningStatus.Answered, Answer: { } given } && given.By.PersonId == answer.By.PersonId && given.Plan == answer.Plan.Trim() && given.CompletionDueAt == answer.CompletionDueAt)
        {
            return Outcomes.Done(w); // the same answer again: a retry
        }

        if (w.Status != WarningStatus.Verified)
        {
            return Outcomes.Refused(w, WarningRefusalReason.StateDoesNotAllow, $"the warning is {w.Status}; only a verified warning waits for an answer");
        }

        if (!w.RoutedTo.Contains(answer.By.PersonId))
        {
            return Outcomes.Refused(w, WarningRefusalReason.NotRoutedToYou, $"'{answer.By.PersonId}' is not among the people this warning was routed to ({string.Join(", ", w.RoutedTo)})");
        }

        if (answer.CompletionDueAt <= now)
        {
            return Outcomes.Invalid(w, "completionDueAt", "the promised completion time must be in the future");
        }

        var answered = Bump(w with { Status = WarningStatus.Answered, Answer = answer with { Plan = answer.Plan.Trim(), At = now } });
        var next = Current with { Warning = answered };
        var report = w.Level == WarningLevel.Red ? WarningRouting.GeneralManagers(await People()) : [];
        await Commit(next with { Outbox = Current.Outbox.AddRange(report.Select(p => Delivery(next, p, InboxItemKind.PlanReported, now))) });
        return Outcomes.Done(Current.Warning!);
    }

    public async Task ReceiveReminder(string reminderName, Orleans.Runtime.TickStatus status)
    {
        var now = time.GetUtcNow();
        await Flush();
        if (Current.Warning is { } w && OverdueAt(w) is { } due && now >= due)
        {
            // Once: AnswerOverdueSince is saved with the notices, so a later or repeated tick finds nothing to do.
            var overdue = Bump(w with { AnswerOverdueSince = now });
            var next = Current with { Warning = overdue };
            var chain = w.RoutedTo.Concat(w.VerifiedBy.Select(a => a.PersonId)).Distinct(StringComparer.Ordinal);
            await Commit(next with { Outbox = Current.Outbox.AddRange(chain.Select(p => Delivery(next, p, InboxItemKind.AnswerOverdue, now))) });
        }

        await NoticeVerification(now);
        await TellTicket();
        await Reschedule(now);
        ServiceProvider.GetService<IReminderTickObserver>()?.Processed(Id, reminderName, now);
    }

    /// <summary>When the answer falls overdue, while it can: verified, not yet answered or marked, not superseded.</summary>
    private static DateTimeOffset? OverdueAt(WarningView w) =>
        w is { Status: WarningStatus.Verified, AnswerOverdueSince: null, SupersededBy: null } ? w.AnswerDueAt : null;
}
