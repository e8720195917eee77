using Hotline.Tickets.Contracts;
using Hotline.Tickets.Contracts.Commands;
using Hotline.Tickets.Workflow;

namespace Hotline.Tickets.Commands;

/// <summary>A11.4: the ticket only records the request; the grain raises the red warning itself.</summary>
public sealed class RaiseRiskWarningHandler : CommandHandler<RaiseRiskWarning>
{
    public override string Name => TicketCommands.RaiseRiskWarning;

    public override ValueTask<RaiseRiskWarning> Parse(CommandInput input) =>
        new(new RaiseRiskWarning(input.RequestId, input.By, CommandInput.Text(input.Body.Reason)));

    public override Transition Apply(TicketView t, RaiseRiskWarning c, TransitionContext x) => Arguments.Required(c.Reason, "reason") ?? Transition.To(t);

    public override string? Note(RaiseRiskWarning c) => TimelineNote.Join($"reason: {c.Reason}");
}
