using Hotline.Kernel;
using Hotline.Notifications.Contracts;
using Hotline.Organization.Contracts;
using Hotline.Tickets.Contracts;
using Hotline.Tickets.Contracts.Commands;
using Hotline.Tickets.Dispatch;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Hotline.Tickets.Grains;

/// <summary>
/// Dispatch to the people on duty (issue 11): the checks <c>assign</c> and <c>take</c> need beyond the ticket (the
/// organisation, the list), round-robin at dispatch, and who is told. None of it touches a clock: the unit owns the
/// ticket's deadlines whoever carries it out.
/// </summary>
public sealed partial class TicketGrain
{
    private HandlerDispatch Dispatcher => ServiceProvider.GetRequiredService<HandlerDispatch>();

    /// <summary>A take that lost the race: answered before the state check, which would only say "not allowed".</summary>
    private CommandOutcome? TakenAlready(Ticket ticket, TicketCommand command) =>
        command is TakeTicket && ticket.Handler is { } holder && Allowed(ticket, time.GetUtcNow()).Contains(TicketCommands.Assign)
            ? Refuse(ticket, RefusalReason.AlreadyTaken, $"{holder} already holds this ticket: the first take wins")
            : null;

    /// <summary>Null when the command may go ahead; else its refusal (400 naming handlerId for a bad choice, 409 otherwise).</summary>
    private async Task<CommandOutcome?> DispatchRefusal(Ticket ticket, TicketCommand command, DateTimeOffset now)
    {
        var (handlerId, take) = command switch
        {
            AssignHandler a when !string.IsNullOrWhiteSpace(a.HandlerId) && a.HandlerId != ticket.Handler => (a.HandlerId, false),
            TakeTicket t => (t.Actor.PersonId, true),
            _ => (null, false),
        };
        if (handlerId is null)
        {
            return null;
        }

        if (await Dispatcher.Project(ticket.ProjectId) is not { } project)
        {
            return Refuse(ticket, RefusalReason.ProjectUnknown, $"project {ticket.ProjectId} is unknown to the organisation");
        }

        if (take && project.DispatchMode != DispatchMode.Grab)
        {
            return Refuse(ticket, RefusalReason.NotFromPool, $"project {ticket.ProjectId} dispatches by {project.DispatchMode}: its tickets are not taken from a pool");
        }

        if (await Dispatcher.Admit(ticket, project, handlerId, now) is not { } refusal)
        {
            return null;
        }

        // A taker has no field to correct; a handler at the cap is a state of the moment: both 409, naming the handler.
        return take || refusal.AtCap
            ? Refuse(ticket, refusal.AtCap ? RefusalReason.HandlerAtCap : RefusalReason.HandlerNotAdmitted, take ? refusal.Problem : $"handlerId: {refusal.Problem}")
            : new CommandOutcome(ticket, refusal.Problem, ticket.Status, Allowed(ticket, now)) { InvalidField = "handlerId", Reason = RefusalReason.InvalidField };
    }

    /// <summary>
    /// Round-robin at dispatch (registration, transfer in): the next on-duty handler of the category under the cap, in
    /// turn; none → the ticket stays with the liaison (the pool), who is told. A lookup that fails also leaves it there.
    /// </summary>
    private async Task<(Ticket Ticket, TimelineEntry? Entry, PendingTicketNotice? Notice)> RoundRobin(Ticket ticket, DateTimeOffset now)
    {
        if (ticket.Kind == TicketKind.Suggestion || ticket.Handler is not null)
        {
            return (ticket, null, null);
        }

        string? next;
        try
        {
            if (await Dispatcher.Project(ticket.ProjectId) is not { DispatchMode: DispatchMode.RoundRobin } project)
            {
                return (ticket, null, null);
            }

            var available = await Dispatcher.Available(ticket, project, now);
            next = await GrainFactory.GetGrain<IDispatchTurnGrain>(DispatchTurnKeys.For(ticket.ProjectId, ticket.Category)).Next(available);
            // The turn's pick was under the cap when listed; another ticket may have reached them since.
            if (next is not null && await Dispatcher.Reserve(ticket, project, next) is not null)
            {
                next = null;
            }
        }
        catch (Exception e) when (e is OrleansException or TimeoutException or Npgsql.NpgsqlException)
        {
            logger.LogWarning("Ticket {TicketId}: round-robin found no handler ({Reason}); it stays with the liaison", ticket.Id, e.Message);
            next = null;
        }

        var key = $"{ticket.ProjectId}-{now.UtcTicks}";
        return next is null
            ? (ticket, new TimelineEntry(now, System, "pool", $"round-robin: no on-duty handler of {ticket.Category} under the cap; with the liaison"),
                new PendingTicketNotice(TicketNoticeKind.NoHandlerAvailable, $"no-handler-{key}", now))
            : (ticket with { Handler = next, HandlerSince = now }, new TimelineEntry(now, System, TicketCommands.Assign, $"round-robin: to handler {next}"),
                new PendingTicketNotice(TicketNoticeKind.HandlerAssigned, $"handler-{key}-{next}", now) { PersonId = next });
    }

    /// <summary>The notice a command of this slice owes: the handler given the ticket by someone else, or the liaison on a return.</summary>
    private static PendingTicketNotice? DispatchNotice(TicketCommand command, Ticket after, DateTimeOffset now) => command switch
    {
        AssignHandler a => new PendingTicketNotice(TicketNoticeKind.HandlerAssigned, $"handler-{after.ProjectId}-{now.UtcTicks}-{a.HandlerId}", now) { PersonId = a.HandlerId },
        ReturnTicket => new PendingTicketNotice(TicketNoticeKind.HandlerReturned, $"returned-{now.UtcTicks}", now),
        _ => null,
    };

    private static TicketState WithEntry(TicketState s, TimelineEntry? entry) => entry is null ? s : s with { Timeline = s.Timeline.Add(entry) };

    private static TicketState Owing(TicketState s, PendingTicketNotice? notice)
    {
        var owed = s.NoticesToSend.IsDefault ? [] : s.NoticesToSend;
        return notice is null || owed.Any(n => n.EventKey == notice.EventKey) ? s : s with { NoticesToSend = owed.Add(notice) };
    }

    /// <summary>Tells a dispatch notice: the handler, or the project's liaisons (the notifier finds an on-duty stand-in).</summary>
    private async Task TellDispatch(PendingTicketNotice pending, Ticket ticket)
    {
        var about = $"{ticket.Kind} {ticket.Id:N} ({ticket.ProjectId}, {ticket.Category})";
        IReadOnlyCollection<string> to;
        InboxItemKind kind;
        string title;
        if (pending.Kind == TicketNoticeKind.HandlerAssigned)
        {
            (kind, to, title) = (InboxItemKind.TicketAssigned, pending.PersonId is { } handler ? [handler] : [], $"{about} is yours to carry out");
        }
        else
        {
            to = await Dispatcher.Liaisons(ticket.ProjectId);
            (kind, title) = pending.Kind == TicketNoticeKind.HandlerReturned
                ? (InboxItemKind.TicketReturned, $"{about} was given back to the pool: find it a handler")
                : (InboxItemKind.NoHandlerAvailable, $"{about} found no on-duty handler: it is with you");
        }

        var item = new InboxItem($"{ticket.Id:N}/{pending.EventKey}/{kind}", pending.At, null, null, kind, title, ticket.Id);
        await ServiceProvider.GetRequiredService<INotifier>().Notify(to, item);
    }
}
