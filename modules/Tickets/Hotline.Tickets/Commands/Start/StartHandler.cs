using Hotline.Tickets.Contracts;
using Hotline.Tickets.Contracts.Commands;
using Hotline.Tickets.Workflow;

namespace Hotline.Tickets.Commands;

/// <summary>Handling starts: the start clock is met and the contact clock starts.</summary>
public sealed class StartHandler : CommandHandler<Start>
{
    public override string Name => TicketCommands.Start;

    public override ValueTask<Start> Parse(CommandInput input) => new(new Start(input.RequestId, input.By));

    public override Transition Apply(Ticket t, Start c, TransitionContext x) => Transition.To(t with
    {
        Status = TicketStatus.Started,
        Clocks = t.Clocks.Meet(ClockKind.Start, x.Now).Start(ClockKind.Contact, x.Now, x.Rules.DueAt(ClockKind.Contact, t.Severity, x.Now)),
    });
}
