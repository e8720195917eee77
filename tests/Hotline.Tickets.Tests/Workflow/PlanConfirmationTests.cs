using Hotline.Escalation.Contracts;
using Hotline.Kernel;
using Hotline.Tickets.Contracts;
using Hotline.Tickets.Contracts.Commands;
using Hotline.Tickets.Warnings;
using Hotline.Tickets.Sla;
using Hotline.Tickets.Workflow;

namespace Hotline.Tickets.Tests.Workflow;

/// <summary>
/// A10.3.2–5 / A11: the unit reports its plan, the group confirms it, and the A11 limit is the confirmed completion time
/// (before any confirmation, the time the plan had to be reported by). Round-the-clock policy, general severity: the
/// plan is due 4 hours after contact. Times are hours after registration.
/// </summary>
public sealed class PlanConfirmationTests
{
    private static readonly DateTimeOffset Registered = new(2026, 5, 25, 9, 0, 0, TimeSpan.FromHours(8));
    private static readonly Actor Liaison = new("sunrise-liaison", "ProjectLiaison");
    private static readonly Actor Agent = new("cc-agent-1", "CallCenterAgent");
    private static readonly Actor Quality = new("qd-staff", "QualityDeptStaff");

    [Fact]
    public void A10_3_2_reported_plan_awaits_confirmation_and_escalation_counts_from_the_plan_limit()
    {
        var t = Planned(completionHours: 48);

        Assert.True(t.Plan!.AwaitingConfirmation);
        Assert.Contains(TicketCommands.ConfirmPlan, Allowed(t, 1));
        Assert.Contains(TicketCommands.ReturnPlan, Allowed(t, 1));
        // Contact at 0.5 h: the plan was due at 4.5 h, and that stays the limit until someone confirms.
        Assert.Equal(At(4.5), OverdueEscalation.CurrentDue(t));
        Assert.Equal(WarningLevel.Blue, OverdueEscalation.Reached(t, [], new ThresholdPolicy(), At(4.5 + 72))?.Level);
    }

    [Fact]
    public void A11_1_2_escalation_counts_from_the_confirmed_completion_not_from_a_later_unconfirmed_one()
    {
        var t = Do(Planned(completionHours: 48), 2, new ConfirmPlan(Id(), Agent, null));
        Assert.Equal(At(48), OverdueEscalation.CurrentDue(t));
        Assert.Equal("cc-agent-1", t.Plan!.ConfirmedBy);
        Assert.DoesNotContain(TicketCommands.ConfirmPlan, Allowed(t, 2));

        // The unit reports a much later date again: the A11 limit stays where the group confirmed it.
        t = Do(t, 40, new ReportPlan(Id(), Liaison, At(240), null) { Reason = "材料延誤" });

        Assert.Equal(At(48), OverdueEscalation.CurrentDue(t));
        Assert.Equal(WarningLevel.Blue, OverdueEscalation.Reached(t, [], new ThresholdPolicy(), At(48 + 72))?.Level);
        Assert.Null(OverdueEscalation.Reached(t, [], new ThresholdPolicy(), At(48 + 71)));
    }

    [Fact]
    public void A10_3_2_a_later_completion_needs_a_reason_and_a_new_confirmation_with_a_reason()
    {
        var t = Do(Planned(completionHours: 48), 2, new ConfirmPlan(Id(), Quality, null));

        var unexplained = Apply(t, 10, new ReportPlan(Id(), Liaison, At(72), null));
        Assert.Equal("reason", unexplained.InvalidField);

        t = Do(t, 10, new ReportPlan(Id(), Liaison, At(72), null) { Reason = "業主要求改期" });
        Assert.Equal("reason", Apply(t, 11, new ConfirmPlan(Id(), Quality, "  ")).InvalidField);

        t = Do(t, 11, new ConfirmPlan(Id(), Quality, "同意改期"));
        Assert.Equal(At(72), t.Plan!.ConfirmedCompletionDueAt);
        Assert.Equal(At(72), OverdueEscalation.CurrentDue(t));
    }

    [Fact]
    public void A10_3_2_a_returned_plan_needs_a_reason_and_leaves_the_limit_where_it_was()
    {
        var t = Planned(completionHours: 48);

        Assert.Equal("reason", Apply(t, 2, new ReturnPlan(Id(), Quality, "")).InvalidField);
        t = Do(t, 2, new ReturnPlan(Id(), Quality, "完成時間太長"));

        Assert.Equal("完成時間太長", t.Plan!.ReturnReason);
        Assert.DoesNotContain(TicketCommands.ConfirmPlan, Allowed(t, 3));
        Assert.Contains(TicketCommands.ReportPlan, Allowed(t, 3));
        Assert.Equal(At(4.5), OverdueEscalation.CurrentDue(t));
    }

    [Fact]
    public void A10_1_3_3_follow_up_beyond_the_configured_bound_is_refused_naming_followUpAt()
    {
        var t = Planned(completionHours: 48);

        Assert.Equal("followUpAt", Apply(t, 2, new WaitForOwner(Id(), Liaison, "業主出差", At(2 + 72 + 0.1), null)).InvalidField);
        Assert.NotNull(Apply(t, 2, new WaitForOwner(Id(), Liaison, "業主出差", At(2 + 72), null)).Ticket);

        var oneDay = new LimitsClockRules(t.Limits!, new OwnerWaitOptions { MaxWait = TimeSpan.FromDays(1) });
        Assert.Equal("followUpAt", TicketTransitions.Apply(t, new WaitForOwner(Id(), Liaison, "業主出差", At(2 + 25), null), At(2), oneDay, WorkflowWorld.Categories).InvalidField);
    }

    [Fact]
    public void A10_1_3_3_missed_follow_up_resumes_the_clocks_from_the_follow_up_time()
    {
        var t = Do(Planned(completionHours: 48), 2, new ConfirmPlan(Id(), Agent, null));
        t = Do(t, 24, new WaitForOwner(Id(), Liaison, "業主出差", At(48), null));
        Assert.Null(OverdueEscalation.CurrentDue(t));
        Assert.Null(OwnerWaits.ResumeIfFollowUpMissed(t, At(47.9)));

        var resumed = OwnerWaits.ResumeIfFollowUpMissed(t, At(49))!;

        Assert.Null(resumed.WaitingOnOwner);
        var followUp = resumed.Clocks.Single(c => c.Kind == ClockKind.OwnerFollowUp);
        Assert.True(followUp.Breached);
        Assert.False(followUp.IsOpen);
        // Paused from 24 h to the follow-up at 48 h: the promise (48 h) and the confirmed time move on by 24 h, no more.
        Assert.Equal(At(72), resumed.Clocks.Single(c => c.Kind == ClockKind.Resolution && c.IsOpen).DueAt);
        Assert.Equal(At(72), OverdueEscalation.CurrentDue(resumed));
    }

    /// <summary>Started at 5 min, contacted at 30 min, plan reported at 1 h with the completion promised at <paramref name="completionHours"/>.</summary>
    private static Ticket Planned(double completionHours)
    {
        var t = WorkflowWorld.Register(new WorkflowStart(TicketKind.Complaint, WorkflowWorld.AroundTheClock, Registered, "p-sunrise", "other", Severity.General, "電梯門關不上"));
        t = Do(t, 5 / 60.0, new Start(Id(), Liaison));
        t = Do(t, 0.5, new Contact(Id(), Liaison, "EngineeringDept", "更換門機"));
        return Do(t, 1, new ReportPlan(Id(), Liaison, At(completionHours), "更換門機"));
    }

    private static DateTimeOffset At(double hours) => Registered + TimeSpan.FromHours(hours);

    private static string Id() => Guid.NewGuid().ToString("N");

    private static IReadOnlyList<string> Allowed(Ticket t, double hours) => AllowedCommands.For(t, At(hours), new LimitsClockRules(t.Limits!));

    private static Transition Apply(Ticket t, double hours, TicketCommand command)
    {
        Assert.Contains(command.Name, Allowed(t, hours));
        return TicketTransitions.Apply(t, command, At(hours), new LimitsClockRules(t.Limits!), WorkflowWorld.Categories);
    }

    private static Ticket Do(Ticket t, double hours, TicketCommand command)
    {
        var next = Apply(t, hours, command);
        Assert.True(next.Ticket is not null, $"{command.Name}: {next.InvalidField} {next.Problem}");
        return next.Ticket;
    }

    /// <summary>A11's thresholds as the regulation states them: blue 3, yellow 7, red 15 days past the limit.</summary>
    private sealed class ThresholdPolicy : IEscalationPolicy
    {
        public IReadOnlyList<(WarningLevel Level, TimeSpan PastDue)> OverdueThresholds { get; } =
            [(WarningLevel.Blue, TimeSpan.FromDays(3)), (WarningLevel.Yellow, TimeSpan.FromDays(7)), (WarningLevel.Red, TimeSpan.FromDays(15))];

        public TimeSpan RepeatComplaintWindow => TimeSpan.FromDays(30);

        public TimeSpan SameIssueWindow => TimeSpan.FromDays(30);

        public decimal SameIssueThresholdPercent => 5m;

        public TimeSpan DeadlineNoticeLead => TimeSpan.FromMinutes(5);
    }
}
