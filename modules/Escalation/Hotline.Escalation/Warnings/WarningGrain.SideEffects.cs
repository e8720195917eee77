using System.Collections.Immutable;
using Hotline.Escalation.Contracts;
using Hotline.Escalation.Lists;
using Hotline.Live.Contracts;
using Hotline.Escalation.Penalties;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Hotline.Escalation.Warnings;

/// <summary>
/// Saving, then doing what was saved (outbox): inbox deliveries and the A12 deduction, both idempotent.
/// One reminder covers the answer deadline and retries of side effects that failed.
/// </summary>
public sealed partial class WarningGrain
{
    internal const string ReminderName = "warning";
    private static readonly TimeSpan Period = TimeSpan.FromMinutes(1);
    private static readonly TimeSpan MinimumDueTime = TimeSpan.FromSeconds(1);

    /// <summary>
    /// Saves <paramref name="next"/> and carries out its side effects. A reminder the new state needs is
    /// registered before the save (a crash after it leaves a harmless tick); one it no longer needs goes after.
    /// </summary>
    private async Task Commit(WarningState next)
    {
        var now = time.GetUtcNow();
        var registered = NextDue(next, now);
        if (registered is { } due)
        {
            await RegisterAt(due, now);
        }

        state.State = next;
        await state.WriteStateAsync();
        await Publish();
        await Flush();
        if (NextDue(Current, now) is not { } after)
        {
            await Unregister();
        }
        else if (after != registered)
        {
            await RegisterAt(after, now);
        }
    }

    /// <summary>After a tick: stop when nothing is pending, move the reminder when the next deadline is further out than one period.</summary>
    private async Task Reschedule(DateTimeOffset now)
    {
        if (NextDue(Current, now) is not { } due)
        {
            await Unregister();
        }
        else if (due > now + Period)
        {
            await RegisterAt(due, now);
        }
    }

    private DateTimeOffset? NextDue(WarningState s, DateTimeOffset now)
    {
        DateTimeOffset? retry = s.Outbox.IsEmpty && !s.DeductionPending && !s.ReversalPending && !s.TicketNoticePending ? null : now + Period;
        return new[] { retry, s.Warning is { } w ? OverdueAt(w) : null, s.Warning is { } v ? VerificationNoticeAt(v) : null }.Min();
    }

    private async Task Flush()
    {
        if (Current.Outbox.IsEmpty && !Current.DeductionPending && !Current.ReversalPending)
        {
            return;
        }

        var sent = await Task.WhenAll(Current.Outbox.Select(Send));
        var remaining = Current.Outbox.Where((_, i) => !sent[i]).ToImmutableArray();
        var deductionPending = Current.DeductionPending && !await Book();
        // The reversal negates a booked deduction, so it waits until the deduction is confirmed.
        var reversalPending = Current.ReversalPending && (deductionPending || !await ReverseForInvalid());
        if (remaining.Length != Current.Outbox.Length || deductionPending != Current.DeductionPending || reversalPending != Current.ReversalPending)
        {
            state.State = Current with { Outbox = remaining, DeductionPending = deductionPending, ReversalPending = reversalPending };
            await state.WriteStateAsync();
        }
    }

    private async Task<bool> Send(PendingDelivery delivery)
    {
        try
        {
            await notifier.Notify([delivery.PersonId], delivery.Item);
            return true;
        }
        catch (Exception e)
        {
            logger.LogWarning("Warning {WarningId}: inbox item {ItemId} for {PersonId} not delivered yet ({Reason}); retrying", Id, delivery.Item.Id, delivery.PersonId, e.Message);
            return false;
        }
    }

    private async Task<bool> Book()
    {
        if (Current.Warning is not { VerifiedAt: { } verifiedAt } w)
        {
            return true;
        }

        try
        {
            await ledger.BookDeduction(w.Id, w.Level, w.Subject.BranchId, verifiedAt);
            return true;
        }
        catch (Exception e) when (e is NpgsqlException or TimeoutException)
        {
            logger.LogWarning("Warning {WarningId}: deduction not booked yet ({Reason}); retrying", Id, e.Message);
            return false;
        }
    }

    /// <summary>A10.4: a reversing entry for the deduction, in the deduction's month; a retry finds it booked already.</summary>
    private async Task<bool> ReverseForInvalid()
    {
        try
        {
            await ledger.Reverse(Id, $"A10.4: invalid complaint ({Current.Warning?.FoundInvalid})", PostgresPenaltyLedger.SystemBooker);
            return true;
        }
        catch (Exception e) when (e is NpgsqlException or TimeoutException)
        {
            logger.LogWarning("Warning {WarningId}: A10.4 reversal not booked yet ({Reason}); retrying", Id, e.Message);
            return false;
        }
    }

    /// <summary>
    /// After a durable change: the list row follows the saved state, then open pages are told (ids only; issue 13).
    /// Activation only repairs the row: nothing changed, so nobody is told.
    /// </summary>
    private async Task Publish()
    {
        await WriteListRow();
        if (Current.Warning is { } w)
        {
            live.Publish(new LiveChange(LiveTopic.Warning, w.Id.ToString(), w.Subject.ProjectId, w.Subject.BranchId, null, time.GetUtcNow()));
        }
    }

    /// <summary>Idempotent by version, a failure is repaired by the next change or activation.</summary>
    private async Task WriteListRow()
    {
        if (Current.Warning is not { } w)
        {
            return;
        }

        try
        {
            await list.Upsert(WarningListRow.From(w, time.GetUtcNow()));
        }
        catch (Exception e) when (e is NpgsqlException or TimeoutException)
        {
            logger.LogWarning("Warning {WarningId} v{Version} not yet in the warning list ({Reason})", Id, w.Version, e.Message);
        }
    }

    private Task RegisterAt(DateTimeOffset due, DateTimeOffset now)
    {
        var dueIn = due - now;
        return this.RegisterOrUpdateReminder(ReminderName, dueIn > MinimumDueTime ? dueIn : MinimumDueTime, Period);
    }

    private async Task Unregister()
    {
        if (await this.GetReminder(ReminderName) is { } reminder)
        {
            await this.UnregisterReminder(reminder);
        }
    }
}
