using Hotline.Tickets.Contracts;
using Hotline.Tickets.Contracts.Commands;
using Hotline.Tickets.Workflow;

namespace Hotline.Tickets.Commands;

/// <summary>The promised completion time (and optionally a revised plan): the plan clock is met, the resolution clock runs to the promise.</summary>
public sealed class ReportPlanHandler : CommandHandler<ReportPlan>
{
    public override string Name => TicketCommands.ReportPlan;

    public override ValueTask<ReportPlan> Parse(CommandInput input) =>
        new(new ReportPlan(input.RequestId, input.By, input.Body.CompletionDueAt, input.Body.Plan));

    public override Transition Apply(TicketView t, ReportPlan c, TransitionContext x)
    {
        if (c.CompletionDueAt is not { } due || due <= x.Now)
        {
            return Transition.Invalid("completionDueAt", "the promised completion time is required and must lie in the future");
        }

        // A revised plan replaces the promised time: the old resolution clock is cancelled, not met.
        var plan = (t.Plan ?? new TicketPlan(t.ResponsibleDepartment, c.Plan ?? "", null, null)) with
        {
            Summary = c.Plan ?? t.Plan?.Summary ?? "", CompletionDueAt = due, ReportedAt = x.Now,
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
        c.CompletionDueAt is null ? null : $"completion by {c.CompletionDueAt:u}");
}
