using Hotline.Tickets.Contracts;
using Hotline.Tickets.Contracts.Commands;
using Hotline.Tickets.Workflow;

namespace Hotline.Tickets.Commands;

/// <summary>
/// A10.3.2–5: QualityDept or the call center confirms the reported plan; from now on escalation (A11) counts from its
/// completion time. Confirming a time later than the one confirmed before needs a reason.
/// </summary>
public sealed class ConfirmPlanHandler : CommandHandler<ConfirmPlan>
{
    public override string Name => TicketCommands.ConfirmPlan;

    public override ValueTask<ConfirmPlan> Parse(CommandInput input) => new(new ConfirmPlan(input.RequestId, input.By, input.Body.Reason));

    public override Transition Apply(Ticket t, ConfirmPlan c, TransitionContext x)
    {
        // AllowedCommands admits it only while a reported plan awaits confirmation.
        var plan = t.Plan!;
        if (plan.ConfirmedCompletionDueAt is { } before && plan.CompletionDueAt > before && Arguments.Required(c.Reason, "reason") is { } missing)
        {
            return missing with { Problem = $"confirming a completion later than the confirmed {before:u} needs a reason ({missing.Problem})" };
        }

        return Transition.To(t with
        {
            Plan = plan with
            {
                AwaitingConfirmation = false, ConfirmedCompletionDueAt = plan.CompletionDueAt, ConfirmedAt = x.Now, ConfirmedBy = c.Actor.PersonId,
            },
        });
    }

    public override string? Note(ConfirmPlan c) => TimelineNote.Join(c.Reason is null ? null : $"reason: {c.Reason}");
}
