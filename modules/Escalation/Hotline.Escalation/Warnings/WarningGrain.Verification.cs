using Hotline.Escalation.Contracts;
using Hotline.Escalation.Routing;
using Hotline.Kernel;
using Hotline.Notifications.Contracts;
using Hotline.Organization.Contracts;

namespace Hotline.Escalation.Warnings;

/// <summary>Verification (which routes the warning and books its A12 deduction) and dismissal: A11.1.r, A11.2, A11.r.</summary>
public sealed partial class WarningGrain
{
    public async Task<WarningOutcome> Verify(Actor by)
    {
        if (Current.Warning is not { } w)
        {
            return Outcomes.NotFound();
        }

        var needed = WarningRoles.Verifiers(w.Level);
        if (string.IsNullOrWhiteSpace(by.PersonId))
        {
            return Outcomes.Invalid(w, "personId", "is required");
        }

        if (WarningRoles.Parse(by.Role) is not { } role || !needed.Contains(role))
        {
            return Outcomes.Refused(w, $"a {w.Level} warning is verified by {WarningRoles.Names(needed)}, not by '{by.Role}'");
        }

        var verifiedInRole = w.VerifiedBy.Any(a => a.Role == role.ToString());
        if (w.Status != WarningStatus.Raised && !(verifiedInRole && w.VerifiedAt is not null))
        {
            return Outcomes.Refused(w, $"the warning is {w.Status}; only a raised warning can be verified");
        }

        if (verifiedInRole)
        {
            return Outcomes.Done(w); // this role has verified already: a retry, or a colleague in the same role
        }

        var verifiedBy = w.VerifiedBy.Add(new Actor(by.PersonId, role.ToString()));
        if (!needed.All(r => verifiedBy.Any(a => a.Role == r.ToString())))
        {
            // Red: one of the two verifiers is in; the warning waits for the other.
            await Commit(Current with { Warning = Bump(w with { VerifiedBy = verifiedBy }) });
            return Outcomes.Done(Current.Warning!);
        }

        var now = time.GetUtcNow();
        var subject = w.Subject.BranchId is null && w.Subject.ProjectId is { } project
            ? w.Subject with { BranchId = (await GrainFactory.GetGrain<IProjectGrain>(project).GetInfo())?.BranchId }
            : w.Subject;
        var routed = WarningRouting.AtVerification(w.Level, subject, await People());
        var verified = Bump(w with
        {
            Status = WarningStatus.Verified,
            Subject = subject,
            VerifiedAt = now,
            VerifiedBy = verifiedBy,
            RoutedTo = routed,
            AnswerDueAt = now + options.AnswerLimit,
        });
        var next = Current with { Warning = verified, DeductionPending = true };
        await Commit(next with { Outbox = Current.Outbox.AddRange(routed.Select(p => Delivery(next, p, InboxItemKind.Routed, now))) });
        return Outcomes.Done(Current.Warning!);
    }

    public async Task<WarningOutcome> Dismiss(Actor by, string reason)
    {
        if (Current.Warning is not { } w)
        {
            return Outcomes.NotFound();
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            return Outcomes.Invalid(w, "reason", "a dismissal states its reason");
        }

        var allowed = WarningRoles.Verifiers(w.Level);
        if (WarningRoles.Parse(by.Role) is not { } role || !allowed.Contains(role))
        {
            return Outcomes.Refused(w, $"a {w.Level} warning is dismissed by {string.Join(" or ", allowed)}, not by '{by.Role}'");
        }

        if (w.Status == WarningStatus.Dismissed)
        {
            return Outcomes.Done(w);
        }

        if (w.Status != WarningStatus.Raised)
        {
            return Outcomes.Refused(w, $"the warning is {w.Status}; only a raised warning can be dismissed (a verified one is corrected by a ledger reversal)");
        }

        await Commit(Current with { Warning = Bump(w with { Status = WarningStatus.Dismissed, DismissalReason = reason.Trim() }) });
        return Outcomes.Done(Current.Warning!);
    }
}
