using Hotline.Kernel;
using Hotline.Tickets.Contracts;
using Hotline.Tickets.Workflow;

namespace Hotline.Tickets.Grains;

/// <summary>A2: an owner's reply through a channel lands on the ticket's timeline as theirs; no status or clock moves.</summary>
public sealed partial class TicketGrain
{
    public const string OwnerMessageAction = "owner-message";

    public async Task<CommandOutcome> AddOwnerReply(OwnerReply reply)
    {
        ArgumentNullException.ThrowIfNull(reply);
        if (Current.Ticket is not { } ticket)
        {
            return NoTicket;
        }

        if (Current.HandledRequests.Contains(reply.RequestId))
        {
            return CommandOutcome.Done(ticket);
        }

        // Only the number the ticket was registered with speaks for its owner (both spelled as PhoneNumbers gives them).
        var owner = PhoneNumbers.Normalize(Current.Owner?.Phone);
        if (owner is null || owner != PhoneNumbers.Normalize(reply.Phone))
        {
            return Refuse(ticket, RefusalReason.NotTheOwner, "the sender is not this ticket's owner");
        }

        if (ticket.Status is TicketStatus.Closed or TicketStatus.Invalid)
        {
            return Refuse(ticket, RefusalReason.StateDoesNotAllow, $"the ticket is {ticket.Status}");
        }

        if (Current.Timeline.Length >= TicketHistoryLimit.MaxEntries)
        {
            return Refuse(ticket, RefusalReason.HistoryFull, $"the ticket's history reached its limit of {TicketHistoryLimit.MaxEntries} entries");
        }

        var text = reply.Text.Trim();
        var note = $"via {reply.Channel}: {(text.Length <= TicketTransitions.MaxTextLength ? text : text[..TicketTransitions.MaxTextLength])}";
        var entry = new TimelineEntry(time.GetUtcNow(), OwnerActors.ForPhone(owner), OwnerMessageAction, note);
        return await Save(ticket with { Version = ticket.Version + 1 }, reply.RequestId, entry, s => s);
    }
}
