using Hotline.Tickets.Contracts;
using Hotline.Tickets.Contracts.Commands;
using Hotline.Tickets.Workflow;

namespace Hotline.Tickets.Commands;

/// <summary>
/// Issue 11 (grab mode): the signed-in handler takes the ticket from the pool. The ticket grain runs one command at a
/// time, so of two takes the first wins and the second finds it held (409, <c>TicketGrain.Dispatch.cs</c>). Clocks untouched.
/// </summary>
public sealed class TakeTicketHandler : CommandHandler<TakeTicket>
{
    public override string Name => TicketCommands.Take;

    public override ValueTask<TakeTicket> Parse(CommandInput input) => new(new TakeTicket(input.RequestId, input.By));

    public override Transition Apply(Ticket t, TakeTicket c, TransitionContext x) =>
        Transition.To(t with { Handler = c.Actor.PersonId, HandlerSince = x.Now });

    public override string? Note(TakeTicket c) => TimelineNote.Join($"taken from the pool by {c.Actor.PersonId}");
}
