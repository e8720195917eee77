using Hotline.Escalation.Contracts;
using Hotline.Escalation.Routing;
using Hotline.Kernel;
using Hotline.Notifications.Contracts;
using Hotline.Organization.Contracts;
using Microsoft.Extensions.Logging;

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
            return Outcomes.Refused(w, WarningRefusalReason.WrongRole, $"a {w.Level} warning is verified by {WarningRoles.Names(needed)}, not by '{by.Role}'");
        }

        var verifiedInRole = w.VerifiedBy.Any(a => a.Role == role.ToString());
        if (w.Status != WarningStatus.Raised && !(verifiedInRole && w.VerifiedAt is not null))
        {
            return Outcomes.Refused(w, WarningRefusalReason.StateDoesNotAllow, $"the warning is {w.Status}; only a raised warning can be verified");
        }

        if (verifiedInRole)
        {
            return Outcomes.Done(w); // this role has verified already: a retry, or a colleague in the same role
        }

        if (w.DismissedBy.Any(a => a.Role == role.ToString()))
        {
            return Outcomes.Refused(w, WarningRefusalReason.OtherVerifierPending, $"{role} dismissed this warning already; it waits for the other verifier to dismiss it too");
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
        var verifiedNow = w with { Subject = subject, VerifiedAt = now, VerifiedBy = verifiedBy };
        if (w.SubjectEnded is { } ended)
        {
            // Its ticket or episode ended while it waited: the deduction is booked, and no plan is owed any more.
            var closed = Bump(verifiedNow with { Status = WarningStatus.Closed, ClosedAt = now, CloseReason = ended });
            await Commit(Current with { Warning = closed, DeductionPending = true, ReversalPending = w.FoundInvalid is not null });
            return Outcomes.Done(Current.Warning!);
        }

        var people = await People();
        var routed = WarningRouting.AtVerification(w.Level, subject, people);
        var verified = Bump(verifiedNow with
        {
            Status = WarningStatus.Verified,
            RoutedTo = routed,
            // The answer clock runs only once someone who can answer has the warning (A11.r: a red one may wait for its departments).
            AnswerDueAt = routed.IsEmpty ? null : now + options.AnswerLimit,
        });
        var next = Current with { Warning = verified, DeductionPending = true };
        var items = routed.Select(p => Delivery(next, p, InboxItemKind.Routed, now));
        if (w.Level == WarningLevel.Red)
        {
            items = items.Concat(WarningRouting.QualityDeptHeads(people).Select(p => Delivery(next, p, InboxItemKind.AssignDepartmentsRequest, now)));
        }

        await Commit(next with { Outbox = Current.Outbox.AddRange(items) });
        return Outcomes.Done(Current.Warning!);
    }

    /// <summary>Dismissal with a reason; a red warning is dismissed only once both of its verifiers have dismissed it (A11.r).</summary>
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

        var needed = WarningRoles.Verifiers(w.Level);
        if (WarningRoles.Parse(by.Role) is not { } role || !needed.Contains(role))
        {
            return Outcomes.Refused(w, WarningRefusalReason.WrongRole, $"a {w.Level} warning is dismissed by {WarningRoles.Names(needed)}, not by '{by.Role}'");
        }

        if (w.Status == WarningStatus.Dismissed || w.DismissedBy.Any(a => a.Role == role.ToString()))
        {
            return Outcomes.Done(w);
        }

        if (w.Status != WarningStatus.Raised)
        {
            return Outcomes.Refused(w, WarningRefusalReason.StateDoesNotAllow, $"the warning is {w.Status}; only a raised warning can be dismissed (a verified one is corrected by a ledger reversal)");
        }

        if (w.VerifiedBy.Any(a => a.Role == role.ToString()))
        {
            return Outcomes.Refused(w, WarningRefusalReason.OtherVerifierPending, $"{role} verified this warning already; it waits for the other verifier");
        }

        var dismissedBy = w.DismissedBy.Add(new Actor(by.PersonId, role.ToString()));
        var reasons = w.DismissalReason is null ? reason.Trim() : $"{w.DismissalReason}; {reason.Trim()}";
        var all = needed.All(r => dismissedBy.Any(a => a.Role == r.ToString()));
        await Commit(Current with
        {
            Warning = Bump(w with { Status = all ? WarningStatus.Dismissed : WarningStatus.Raised, DismissedBy = dismissedBy, DismissalReason = reasons }),
            TicketNoticePending = all && w.Subject.TicketId is not null,
        });
        await TellTicket();
        await Reschedule(time.GetUtcNow());
        return Outcomes.Done(Current.Warning!);
    }

    /// <summary>
    /// Tells the ticket a warning of its was dismissed. Not part of <see cref="Flush"/>: the ticket calls this grain
    /// (close, invalidate), so calling back from there could wait on itself; the reminder retries instead.
    /// </summary>
    private async Task TellTicket()
    {
        if (!Current.TicketNoticePending || Current.Warning?.Subject.TicketId is not { } ticketId)
        {
            return;
        }

        try
        {
            await GrainFactory.GetGrain<IWarnedTicketGrain>(ticketId).WarningDismissed(Id);
            state.State = Current with { TicketNoticePending = false };
            await state.WriteStateAsync();
        }
        catch (Exception e) when (e is OrleansException or TimeoutException)
        {
            logger.LogWarning("Warning {WarningId}: ticket {TicketId} not yet told of the dismissal ({Reason}); retrying", Id, ticketId, e.Message);
        }
    }
}
