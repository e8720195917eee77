using Hotline.Notifications.Contracts;
using Hotline.Tickets.Contracts;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Hotline.Tickets.Grains;

/// <summary>
/// The ticket's only part in telling people of its events: it notes the event in its outbox with the change that caused
/// it, and hands it to Notifications' <see cref="ITicketNotices"/>, which decides who hears of it.
/// </summary>
public sealed partial class TicketGrain
{
    /// <summary>Event keys of the notices this activation has told (see <see cref="FlushNotices"/>); made on the first one
    /// told, so an activation that only reads keeps none (issue 9's memory per activated ticket).</summary>
    private HashSet<string>? _noticesTold;

    /// <summary>The notices a change owes: a new dispatch (registration, transfer), a newly reported plan, an owner's urge; and the owner's own.</summary>
    private TicketState WithNotices(TicketState s, Ticket? before, Ticket after)
    {
        s = WithOwnerNotices(s, before, after);
        if (before is null || before.ProjectId != after.ProjectId || before.DispatchedAt != after.DispatchedAt)
        {
            s = Owe(s, TicketNoticeKind.Dispatched, $"dispatch-{after.ProjectId}-{after.DispatchedAt.UtcTicks}", after.DispatchedAt);
        }

        if (after.Plan?.ReportedAt is { } reported && reported != before?.Plan?.ReportedAt)
        {
            s = Owe(s, TicketNoticeKind.PlanReported, $"plan-{reported.UtcTicks}", reported);
        }

        if (after.LastUrgedAt is { } urged && urged != before?.LastUrgedAt)
        {
            s = Owe(s, TicketNoticeKind.Urged, $"urge-{after.UrgeCount}", urged);
        }

        return s;
    }

    private static TicketState Owe(TicketState s, TicketNoticeKind kind, string key, DateTimeOffset at)
    {
        // A state stored before this outbox existed may read it as a default array.
        var owed = s.NoticesToSend.IsDefault ? [] : s.NoticesToSend;
        return owed.Any(n => n.EventKey == key) ? s : s with { NoticesToSend = owed.Add(new PendingTicketNotice(kind, key, at)) };
    }

    /// <summary>
    /// Tells each owed notice not yet told by this activation. It costs no write of its own: the told ones leave the
    /// outbox with the ticket's next command (<see cref="WithoutToldNotices"/>), so notices add no state write or reminder
    /// upsert to the command that owes them. A failure is logged and retried by the next reminder tick or command; a new activation
    /// tells what is still listed once more, which the notifier's per-event item ids make harmless.
    /// </summary>
    private async Task FlushNotices()
    {
        await FlushOwnerNotices();
        if (Current.NoticesToSend.IsDefaultOrEmpty || Current.Ticket is not { } ticket)
        {
            return;
        }

        var notices = ServiceProvider.GetRequiredService<ITicketNotices>();
        foreach (var pending in Current.NoticesToSend.Where(n => _noticesTold?.Contains(n.EventKey) != true).ToList())
        {
            try
            {
                var title = pending.Kind == TicketNoticeKind.Urged ? await UrgedTitle(ticket) : Title(ticket, pending.Kind);
                var notice = new TicketNotice(ticket.Id, ticket.ProjectId, ticket.BranchId, pending.EventKey, pending.At, title);
                await (pending.Kind switch
                {
                    TicketNoticeKind.PlanReported => notices.PlanReported(notice),
                    TicketNoticeKind.Urged => notices.Urged(notice),
                    TicketNoticeKind.Dispatched => notices.Dispatched(notice),
                    _ => TellDispatch(pending, ticket),
                });
                (_noticesTold ??= new(StringComparer.Ordinal)).Add(pending.EventKey);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogWarning("Ticket {TicketId}: notice {Notice} not told yet ({Reason}); the next tick or command retries", ticket.Id, pending.EventKey, e.Message);
            }
        }
    }

    /// <summary>The outboxes (staff and owner) without the notices this activation has told.</summary>
    private TicketState WithoutToldNotices(TicketState s)
    {
        s = WithoutToldOwnerNotices(s);
        return s.NoticesToSend.IsDefaultOrEmpty || _noticesTold is not { } told ? s : s with { NoticesToSend = s.NoticesToSend.RemoveAll(n => told.Contains(n.EventKey)) };
    }

    /// <summary>催單: with the short number the owner quotes on the phone (the id while the list row is not written yet).</summary>
    private async Task<string> UrgedTitle(Ticket ticket)
    {
        var number = await queries.NumberOf(ticket.Id) ?? ticket.Id.ToString("N");
        var note = Current.Timeline.LastOrDefault(e => e.Action == TicketCommands.Urge)?.Note;
        return $"【催單】Ticket {number} ({ticket.ProjectId}) urged by the owner ({ticket.UrgeCount}×){(note is null ? "" : $": {note}")}";
    }

    private static string Title(Ticket ticket, TicketNoticeKind kind)
    {
        var about = $"{ticket.Kind} {ticket.Id:N} ({ticket.ProjectId}, {ticket.Severity})";
        return kind == TicketNoticeKind.PlanReported
            ? $"Plan reported for {about}: {ticket.Plan?.Summary}, completion by {ticket.Plan?.CompletionDueAt:u}"
            : $"New {about} dispatched: start by {ticket.Clocks.FirstOrDefault(c => c.IsPending)?.DueAt:u}";
    }
}
