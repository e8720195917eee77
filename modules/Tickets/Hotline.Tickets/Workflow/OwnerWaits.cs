using Hotline.Tickets.Contracts;

namespace Hotline.Tickets.Workflow;

/// <summary>The end of a wait on the owner: by the liaison's resume, or by itself when the follow-up time passed (A10.1.3.3).</summary>
public static class OwnerWaits
{
    /// <summary>
    /// Ends the wait at <paramref name="at"/>: the paused clocks run again, moved on by the pause, and a confirmed completion
    /// time moves with them (by the pause up to the follow-up time at most: the wait is bounded).
    /// </summary>
    public static Ticket End(Ticket t, DateTimeOffset at)
    {
        var followUp = t.Clocks.LastOrDefault(c => c.Kind == ClockKind.OwnerFollowUp)?.DueAt ?? at;
        var until = at < followUp ? at : followUp;
        var paused = t.WaitingOnOwner is { } wait && until > wait.Since ? until - wait.Since : TimeSpan.Zero;
        var plan = t.Plan is { ConfirmedCompletionDueAt: { } confirmed } p ? p with { ConfirmedCompletionDueAt = confirmed + paused } : t.Plan;
        return t with { WaitingOnOwner = null, Plan = plan, Clocks = t.Clocks.ResumeAll(at) };
    }

    /// <summary>
    /// The ticket after a missed follow-up, or null if it is not waiting or its follow-up is not past: handling resumes by
    /// itself from the follow-up time; the follow-up clock stays breached and is closed (cancelled).
    /// </summary>
    public static Ticket? ResumeIfFollowUpMissed(Ticket t, DateTimeOffset now)
    {
        if (t.WaitingOnOwner is null || t.Clocks.LastOrDefault(c => c.Kind == ClockKind.OwnerFollowUp && c.IsOpen) is not { } followUp || now < followUp.DueAt)
        {
            return null;
        }

        var clocks = t.Clocks.RecordBreaches(now).Cancel(now, ClockKind.OwnerFollowUp);
        return End(t with { Clocks = clocks }, followUp.DueAt);
    }
}
