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

    /// <summary>Refused, naming the reason, while a live red warning is on the ticket; a dismissed one does not block a new risk.</summary>
    public override Transition Apply(Ticket t, RaiseRiskWarning c, TransitionContext x) =>
        Arguments.Required(c.Reason, "reason")
        ?? (t.WarningLevel == "Red"
            ? Transition.Refused(RefusalReason.RedWarningLive, "the ticket already has a live red warning; a new risk warning can be raised once that one is dismissed")
            : Transition.To(t));

    public override string? Note(RaiseRiskWarning c) => TimelineNote.Join($"reason: {c.Reason}");
}
