using Hotline.Tickets.Contracts;
using Hotline.Tickets.Contracts.Commands;
using Hotline.Tickets.Workflow;

namespace Hotline.Tickets.Commands;

/// <summary>The wait on the owner ends: the follow-up clock is met and the paused clocks run again.</summary>
public sealed class ResumeHandlingHandler : CommandHandler<ResumeHandling>
{
    public override string Name => TicketCommands.ResumeHandling;

    public override ValueTask<ResumeHandling> Parse(CommandInput input) => new(new ResumeHandling(input.RequestId, input.By));

    public override Transition Apply(Ticket t, ResumeHandling c, TransitionContext x) =>
        Transition.To(OwnerWaits.End(t with { Clocks = t.Clocks.Meet(ClockKind.OwnerFollowUp, x.Now) }, x.Now));
}
