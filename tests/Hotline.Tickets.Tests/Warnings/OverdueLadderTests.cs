using System.Collections.Immutable;
using Hotline.Escalation.Contracts;
using Hotline.Kernel;
using Hotline.Tickets.Contracts;
using Hotline.Tickets.Warnings;

namespace Hotline.Tickets.Tests.Warnings;

/// <summary>Issue 10 item 6: warnings from other rules do not stand in for the overdue ladder's own blue, yellow and red.</summary>
public sealed class OverdueLadderTests
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 27, 2, 0, 0, TimeSpan.Zero);
    private static readonly Ticket Contacted =
        new(Guid.NewGuid(), TicketKind.Complaint, "p", "b", "engineering", Severity.General, "k", "EngineeringDept", "t", null, "call-center",
            TicketStatus.Contacted, T0, [new Clock(ClockKind.Plan, T0, T0.AddHours(4), null, null)], 1);

    [Fact]
    public void A11_1_2_a_repeat_complaint_blue_does_not_suppress_the_overdue_blue_3_days_past_the_limit()
    {
        ImmutableArray<TicketWarning> raised = [new(Guid.NewGuid(), WarningLevel.Blue, WarningTrigger.RepeatComplaint, T0)];

        Assert.Equal(WarningLevel.Blue, OverdueEscalation.Reached(Contacted, raised, new Policy(), T0.AddHours(4).AddDays(3))?.Level);
        Assert.Equal(T0.AddHours(4).AddDays(3), OverdueEscalation.Next(Contacted, raised, new Policy()));
    }

    [Fact]
    public void A11_3_1_a_person_raised_red_does_not_suppress_the_overdue_blue_yellow_and_red()
    {
        ImmutableArray<TicketWarning> raised = [new(Guid.NewGuid(), WarningLevel.Red, WarningTrigger.EscalationRisk, T0)];
        var due = T0.AddHours(4);

        Assert.Equal(WarningLevel.Blue, OverdueEscalation.Reached(Contacted, raised, new Policy(), due.AddDays(3))?.Level);
        ImmutableArray<TicketWarning> withYellow = raised.Add(new(Guid.NewGuid(), WarningLevel.Yellow, WarningTrigger.Overdue, due.AddDays(7)));
        Assert.Equal(WarningLevel.Red, OverdueEscalation.Reached(Contacted, withYellow, new Policy(), due.AddDays(15))?.Level);
        Assert.Null(OverdueEscalation.Reached(Contacted, withYellow, new Policy(), due.AddDays(14)));
    }

    private sealed class Policy : IEscalationPolicy
    {
        public IReadOnlyList<(WarningLevel Level, TimeSpan PastDue)> OverdueThresholds { get; } =
            [(WarningLevel.Blue, TimeSpan.FromDays(3)), (WarningLevel.Yellow, TimeSpan.FromDays(7)), (WarningLevel.Red, TimeSpan.FromDays(15))];

        public TimeSpan RepeatComplaintWindow => TimeSpan.FromDays(30);

        public TimeSpan SameIssueWindow => TimeSpan.FromDays(30);

        public decimal SameIssueThresholdPercent => 5m;

        public TimeSpan DeadlineNoticeLead => TimeSpan.FromMinutes(5);
    }
}
