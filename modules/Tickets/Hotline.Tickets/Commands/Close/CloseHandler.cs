using Hotline.Tickets.Contracts;
using Hotline.Tickets.Contracts.Commands;
using Hotline.Tickets.Workflow;

namespace Hotline.Tickets.Commands;

/// <summary>A resolved suggestion is closed.</summary>
public sealed class CloseHandler : CommandHandler<Close>
{
    public override string Name => TicketCommands.Close;

    public override ValueTask<Close> Parse(CommandInput input) => new(new Close(input.RequestId, input.By));

    public override Transition Apply(Ticket t, Close c, TransitionContext x) => Transition.To(t with { Status = TicketStatus.Closed, ClosedAt = x.Now });
}
