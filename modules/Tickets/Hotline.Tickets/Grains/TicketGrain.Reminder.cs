using Hotline.Tickets.Contracts;
using Hotline.Tickets.Observability;
using Hotline.Tickets.Warnings;
using Hotline.Tickets.Workflow;
using Orleans.Runtime;

namespace Hotline.Tickets.Grains;

/// <summary>
/// The ticket's one "deadline" reminder. Each registration is a database upsert, so the grain remembers, for this
/// activation, which due time it registered and skips one that would change nothing: a command or tick that does
/// not move the next deadline writes no reminder row. After activation nothing is known and the first schedule
/// registers (or stops) once. Crash safety is unchanged: whenever effects are pending the row is due at once
/// (or already due, ticking every <see cref="RetryPeriod"/>), written before the outbox is carried out.
/// </summary>
public sealed partial class TicketGrain
{
    /// <summary>Whether <see cref="_reminderDue"/> is known for this activation.</summary>
    private bool _reminderKnown;

    /// <summary>The due time the registered reminder was asked for; null when none is registered.</summary>
    private DateTimeOffset? _reminderDue;

    /// <summary>The timer that acts on due clocks soon: armed by a reminder tick, or on activation with something due (<see cref="ArmCatchUp"/>).</summary>
    private IGrainTimer? _actSoon;

    /// <summary>When the ticket next needs a tick: a deadline, a notice or escalation, or now while effects are pending.</summary>
    private DateTimeOffset? NextWake(Ticket ticket, DateTimeOffset now)
    {
        var escalates = OverdueEscalation.Next(ticket, Current.Warnings, escalation);
        var notice = DeadlineNotices.Next(ticket, Current.NoticesSent, escalation.DeadlineNoticeLead);
        // An owner notice not yet handed over (the database was unreachable) keeps the reminder due too.
        var retry = Current.HasPendingEffects || OwnerNoticesOwed ? now : (DateTimeOffset?)null;
        return new[] { ticket.Clocks.NextDue(), escalates, notice, retry }.Min();
    }

    /// <summary>
    /// A retried request whose first attempt was stored: finish its effects and make sure its reminder exists. The first
    /// attempt may have died between the state write and the reminder's (a kill -9, the database cut): without this, a
    /// new ticket kept no reminder and its start deadline was never acted on (issue 14). One upsert, only when unknown.
    /// </summary>
    private async Task Resume()
    {
        await FlushPendingEffects();
        await ScheduleNextDeadline(Current.Ticket!);
    }

    /// <summary>
    /// Activated with a deadline already due (its tick fell due while the silo that owned it was down, or its reminder
    /// was never written): act within a second rather than at the reminder's next retry, unless that tick comes first.
    /// </summary>
    private void ArmCatchUp(Ticket ticket)
    {
        if (NextWake(ticket, time.GetUtcNow()) <= time.GetUtcNow())
        {
            ActSoon("catch-up", MinimumDueTime);
        }
    }

    /// <summary>
    /// Acts on due clocks in a turn of its own after <paramref name="delay"/>, or sooner if that is already arranged
    /// (a tick that activated its grain finds the activation's catch-up armed a second ahead, and brings it forward).
    /// A timer turn does not interleave with commands, and no caller waits on it, so no response timeout applies.
    /// </summary>
    private void ActSoon(string reason, TimeSpan delay)
    {
        if (_actSoon is null)
        {
            _actSoon = this.RegisterGrainTimer(() => ActNow(reason), delay, Timeout.InfiniteTimeSpan);
        }
        else if (delay == TimeSpan.Zero)
        {
            _actSoon.Change(TimeSpan.Zero, Timeout.InfiniteTimeSpan);
        }
    }

    private async Task ActNow(string reason)
    {
        using var scope = TicketLogScope.Begin(logger, this.GetPrimaryKey());
        if (Current.Ticket is { } ticket)
        {
            await ActOnDueClocks(ticket, reason);
            return;
        }

        _actSoon?.Dispose();
        _actSoon = null;
        await StopReminder();
    }

    private async Task ScheduleNextDeadline(Ticket ticket)
    {
        var now = time.GetUtcNow();
        if (NextWake(ticket, now) is not { } due)
        {
            await StopReminder();
            return;
        }

        if (_reminderKnown && _reminderDue is { } registered && (registered == due || (registered <= now && due <= now)))
        {
            // Same due time; or both already due, and a due reminder fires within a second or every period after.
            return;
        }

        var dueIn = due - now;
        _reminderKnown = false; // unknown until the upsert is confirmed
        await this.RegisterOrUpdateReminder(DeadlineReminder, dueIn > MinimumDueTime ? dueIn : MinimumDueTime, RetryPeriod);
        (_reminderKnown, _reminderDue) = (true, due);
    }

    private async Task StopReminder()
    {
        if (_reminderKnown && _reminderDue is null)
        {
            return;
        }

        _reminderKnown = false;
        if (await this.GetReminder(DeadlineReminder) is { } reminder)
        {
            await this.UnregisterReminder(reminder);
        }

        (_reminderKnown, _reminderDue) = (true, null);
    }
}
