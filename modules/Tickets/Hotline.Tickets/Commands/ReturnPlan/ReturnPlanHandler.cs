using Hotline.Tickets.Contracts;
using Hotline.Tickets.Contracts.Commands;
using Hotline.Tickets.Workflow;

namespace Hotline.Tickets.Commands;

/// <summary>
/// A10.3.2–5: QualityDept or the call center sends the reported plan back with a reason; the unit reports again.
/// Escalation keeps counting from the last confirmed time (or, before any, from the plan's own limit).
/// </summary>
public sealed class ReturnPlanHandler : CommandHandler<ReturnPlan>
{
    public override string Name => TicketCommands.ReturnPlan;

    public override ValueTask<ReturnPlan> Parse(CommandInput input) =>
        new(new ReturnPlan(input.RequestId, input.By, CommandInput.Text(input.Body.Reason)));

    public override Transition Apply(Ticket t, ReturnPlan c, TransitionContext x) =>
        Arguments.Required(c.Reason, "reason")
        ?? Transition.To(t with { Plan = t.Plan! with { AwaitingConfirmation = false, ReturnReason = c.Reason } });

    public override string? Note(ReturnPlan c) => TimelineNote.Join($"reason: {c.Reason}");
}
