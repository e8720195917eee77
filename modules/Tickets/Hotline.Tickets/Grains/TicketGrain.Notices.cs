using Hotline.Notifications.Contracts;
using Hotline.Tickets.Contracts;
using Microsoft.Extensions.DependencyInjection;

namespace Hotline.Tickets.Grains;

/// <summary>
/// The ticket's only part in telling people of its events: it notes the event in its outbox with the change that caused
/// it, and hands it to Notifications' <see cref="ITicketNotices"/>, which decides who hears of it.
/// </summary>
public sealed partial class TicketGrain
{
    /// <summary>The notices a change owes: a new dispatch (registration, transfer) and a newly reported plan.</summary>
    private static TicketState WithNotices(TicketState s, TicketView? before, TicketView after)
    {
        if (before is null || before.ProjectId != after.ProjectId || before.DispatchedAt != after.DispatchedAt)
        {
            s = Owe(s, TicketNoticeKind.Dispatched, $"dispatch-{after.ProjectId}-{after.DispatchedAt.UtcTicks}", after.DispatchedAt);
        }

        if (after.Plan?.ReportedAt is { } reported && reported != before?.Plan?.ReportedAt)
        {
            s = Owe(s, TicketNoticeKind.PlanReported, $"plan-{reported.UtcTicks}", reported);
        }

        return s;
    }

    private static TicketState Owe(TicketState s, TicketNoticeKind kind, string key, DateTimeOffset at)
    {
        // A state stored before this outbox existed may read it as a default array.
        var owed = s.NoticesToSend.IsDefault ? [] : s.NoticesToSend;
        return owed.Any(n => n.EventKey == key) ? s : s with { NoticesToSend = owed.Add(new PendingTicketNotice(kind, key, at)) };
    }

    /// <summary>Tells each owed notice, saving as each is told; a failure leaves the rest for the retry (reminder, activation).</summary>
    private async Task FlushNotices()
    {
        var notices = ServiceProvider.GetRequiredService<ITicketNotices>();
        while (!Current.NoticesToSend.IsDefaultOrEmpty && Current.NoticesToSend[0] is { } pending)
        {
            var ticket = Current.Ticket!;
            var notice = new TicketNotice(ticket.Id, ticket.ProjectId, ticket.BranchId, pending.EventKey, pending.At, Title(ticket, pending.Kind));
            await (pending.Kind == TicketNoticeKind.PlanReported ? notices.PlanReported(notice) : notices.Dispatched(notice));
            state.State = Current with { NoticesToSend = Current.NoticesToSend.RemoveAll(n => n.EventKey == pending.EventKey) };
            await state.WriteStateAsync();
        }
    }

    private static string Title(TicketView ticket, TicketNoticeKind kind)
    {
        var about = $"{ticket.Kind} {ticket.Id:N} ({ticket.ProjectId}, {ticket.Severity})";
        return kind == TicketNoticeKind.PlanReported
            ? $"Plan reported for {about}: {ticket.Plan?.Summary}, completion by {ticket.Plan?.CompletionDueAt:u}"
            : $"New {about} dispatched: start by {ticket.Clocks.FirstOrDefault(c => c.IsPending)?.DueAt:u}";
    }
}
