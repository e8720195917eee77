using Hotline.Tickets.Contracts;
using Hotline.Tickets.Contracts.Commands;
using Hotline.Tickets.Workflow;

namespace Hotline.Tickets.Commands;

/// <summary>
/// The promised completion time (and optionally a revised plan): the plan clock is met, the resolution clock runs to the
/// promise, and the plan waits for the group's confirmation (A10.3.2–5). Escalation keeps counting from the last confirmed
/// time meanwhile, so reporting a later date again does not move the A11 limit.
/// </summary>
public sealed class ReportPlanHandler : CommandHandler<ReportPlan>
{
    public override string Name => TicketCommands.ReportPlan;

    public override ValueTask<ReportPlan> Parse(CommandInput input) =>
        new(new ReportPlan(input.RequestId, input.By, input.Body.CompletionDueAt, input.Body.Plan) { Reason = input.Body.Reason });

    public override Transition Apply(Ticket t, ReportPlan c, TransitionContext x)
    {
        if (c.CompletionDueAt is not { } due || due <= x.Now)
        {
            return Transition.Invalid("completionDueAt", "the promised completion time is required and must lie in the future");
        }

        if (t.Plan?.ConfirmedCompletionDueAt is { } confirmed && due > confirmed && Arguments.Required(c.Reason, "reason") is { } missing)
        {
            return missing with { Problem = $"a completion later than the confirmed {confirmed:u} needs a reason ({missing.Problem})" };
        }

        // A revised plan replaces the promised time: the old resolution clock is cancelled, not met.
        var plan = (t.Plan ?? new TicketPlan(t.ResponsibleDepartment, c.Plan ?? "", null, null)) with
        {
            Summary = c.Plan ?? t.Plan?.Summary ?? "", CompletionDueAt = due, ReportedAt = x.Now,
            ConfirmationRequired = true, AwaitingConfirmation = true, ReturnReason = null,
        };
        return Transition.To(t with
        {
            Status = TicketStatus.InProgress,
            Plan = plan,
            Clocks = t.Clocks.Meet(ClockKind.Plan, x.Now).Cancel(x.Now, ClockKind.Resolution).Start(ClockKind.Resolution, x.Now, due),
        });
    }

    public override string? Note(ReportPlan c) => TimelineNote.Join(
        c.Plan is null ? null : $"plan: {c.Plan}",
        c.CompletionDueAt is null ? null : $"completion by {c.CompletionDueAt:u}",
        c.Reason is null ? null : $"reason: {c.Reason}");
}
