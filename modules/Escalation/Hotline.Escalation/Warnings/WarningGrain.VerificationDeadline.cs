using Hotline.Escalation.Contracts;
using Hotline.Escalation.Routing;
using Hotline.Notifications.Contracts;

namespace Hotline.Escalation.Warnings;

/// <summary>
/// A raised warning's own deadline (Hotline:Escalation:VerificationLimit): the verifiers still to act are reminded
/// before it and told once it has passed. Each notice is sent once; its time is saved with it.
/// </summary>
public sealed partial class WarningGrain
{
    /// <summary>Warnings raised before the deadline existed count it from when they were raised.</summary>
    private DateTimeOffset VerificationDue(WarningView w) => w.VerificationDueAt ?? w.RaisedAt + options.VerificationLimit;

    /// <summary>The next verification notice, while the warning waits for verification.</summary>
    private DateTimeOffset? VerificationNoticeAt(WarningView w)
    {
        if (w.Status != WarningStatus.Raised || w.VerificationOverdueSince is not null)
        {
            return null;
        }

        var due = VerificationDue(w);
        return w.VerificationRemindedAt is null && options.VerificationReminderLead > TimeSpan.Zero ? due - options.VerificationReminderLead : due;
    }

    private async Task NoticeVerification(DateTimeOffset now)
    {
        if (Current.Warning is not { } w || VerificationNoticeAt(w) is not { } at || now < at)
        {
            return;
        }

        var overdue = now >= VerificationDue(w);
        var kind = overdue ? InboxItemKind.VerificationOverdue : InboxItemKind.VerificationDueSoon;
        var marked = Bump(overdue
            ? w with { VerificationOverdueSince = now, VerificationRemindedAt = w.VerificationRemindedAt ?? now }
            : w with { VerificationRemindedAt = now });
        var next = Current with { Warning = marked };
        var outstanding = WarningRouting.Outstanding(w.Level, w.VerifiedBy.AddRange(w.DismissedBy), await People());
        await Commit(next with { Outbox = Current.Outbox.AddRange(outstanding.Select(p => Delivery(next, p, kind, now))) });
    }
}
