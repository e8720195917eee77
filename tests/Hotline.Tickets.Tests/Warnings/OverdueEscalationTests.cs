using System.Collections.Immutable;
using Hotline.Escalation.Contracts;
using Hotline.Kernel;
using Hotline.Tickets.Contracts;
using Hotline.Tickets.Warnings;

namespace Hotline.Tickets.Tests.Warnings;

public sealed class OverdueEscalationTests
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 27, 2, 0, 0, TimeSpan.Zero);
    private static readonly IEscalationPolicy Policy = new RegulationPolicy();

    [Fact]
    public void CurrentDue_NoPlanReported_IsThePlanDue()
    {
        var ticket = Ticket(TicketStatus.Contacted, new Clock(ClockKind.Plan, T0, T0.AddHours(4), null, null));

        Assert.Equal(T0.AddHours(4), OverdueEscalation.CurrentDue(ticket));
    }

    [Fact]
    public void CurrentDue_PlanReported_IsThePromisedCompletion()
    {
        var ticket = Ticket(TicketStatus.InProgress,
            new Clock(ClockKind.Plan, T0, T0.AddHours(4), T0.AddHours(1), null),
            new Clock(ClockKind.Resolution, T0.AddHours(1), T0.AddDays(5), null, null));

        Assert.Equal(T0.AddDays(5), OverdueEscalation.CurrentDue(ticket));
    }

    [Theory]
    [InlineData(TicketStatus.Resolved)]
    [InlineData(TicketStatus.Closed)]
    [InlineData(TicketStatus.Invalid)]
    public void CurrentDue_FinishedTicket_IsNone(TicketStatus status) =>
        Assert.Null(OverdueEscalation.CurrentDue(Ticket(status, new Clock(ClockKind.Plan, T0, T0.AddHours(4), null, null))));

    [Theory]
    [InlineData(2.9, null)]
    [InlineData(3, WarningLevel.Blue)]
    [InlineData(7, WarningLevel.Yellow)]
    [InlineData(15, WarningLevel.Red)]
    [InlineData(40, WarningLevel.Red)]
    public void A11_1_2_A11_2_A11_3_1_level_by_days_past_the_time_limit(double daysPast, WarningLevel? expected)
    {
        var ticket = Ticket(TicketStatus.Contacted, new Clock(ClockKind.Plan, T0, T0.AddHours(4), null, null));

        var reached = OverdueEscalation.Reached(ticket, [], Policy, T0.AddHours(4).AddDays(daysPast));

        Assert.Equal(expected, reached?.Level);
    }

    [Fact]
    public void Reached_LevelAlreadyRaised_OnlyGoesUp()
    {
        var ticket = Ticket(TicketStatus.Contacted, new Clock(ClockKind.Plan, T0, T0.AddHours(4), null, null));
        ImmutableArray<TicketWarning> yellow = [new(Guid.NewGuid(), WarningLevel.Yellow, WarningTrigger.Overdue, T0)];

        Assert.Null(OverdueEscalation.Reached(ticket, yellow, Policy, T0.AddDays(8)));
        Assert.Equal(T0.AddHours(4).AddDays(15), OverdueEscalation.Next(ticket, yellow, Policy));
    }

    private static Ticket Ticket(TicketStatus status, params Clock[] clocks) =>
        new(Guid.NewGuid(), TicketKind.Complaint, "p", "b", "engineering", Severity.General, "k", "EngineeringDept", "t", null, "call-center",
            status, T0, [.. clocks], 1);

    private sealed class RegulationPolicy : IEscalationPolicy
    {
        public IReadOnlyList<(WarningLevel Level, TimeSpan PastDue)> OverdueThresholds { get; } =
            [(WarningLevel.Blue, TimeSpan.FromDays(3)), (WarningLevel.Yellow, TimeSpan.FromDays(7)), (WarningLevel.Red, TimeSpan.FromDays(15))];

        public TimeSpan RepeatComplaintWindow => TimeSpan.FromDays(30);

        public TimeSpan SameIssueWindow => TimeSpan.FromDays(30);

        public decimal SameIssueThresholdPercent => 5m;

        public TimeSpan DeadlineNoticeLead => TimeSpan.FromMinutes(5);
    }
}
