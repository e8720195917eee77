using Hotline.Tickets.Contracts;
using Hotline.Tickets.Sla;
using Hotline.Tickets.Tests.Workflow;
using Hotline.Tickets.Workflow;
using static Hotline.Tickets.Tests.Sla.SlaTime;

namespace Hotline.Tickets.Tests.Sla;

/// <summary>Due times computed from a ticket's stored limits alone.</summary>
public sealed class DeadlinesTests
{
    private static readonly TicketLimits Limits = SlaPolicies.From("Holidays:0=2025-06-11").Defaults;

    [Fact]
    public void A10_1_3_1_stored_limits_put_a_22_00_dispatch_before_a_holiday_at_08_10_after_it()
    {
        Assert.Equal(InShanghai(2025, 6, 12, 8, 10), Deadlines.For(Limits).DueAt(Limits.Start, InShanghai(2025, 6, 10, 22, 0)));
    }

    /// <summary>
    /// A ticket that stored limits with 2025-06-11 as a holiday, dispatched 06-10 22:00: the statement window is calendar
    /// time, so the holiday does not extend it; file-statement is offered at 06-12 21:59 and no longer at 22:01.
    /// </summary>
    [Fact]
    public void A10_4_stored_statement_window_runs_through_the_holiday()
    {
        var ticket = WorkflowWorld.Register(new WorkflowStart(
            TicketKind.Complaint, WorkflowWorld.DutyHours, InShanghai(2025, 6, 10, 22, 0), "p-sunrise", "other", Severity.General, "電梯門關不上")) with { Limits = Limits };
        var rules = new LimitsClockRules(ticket.Limits!);

        Assert.Contains(TicketCommands.FileStatement, AllowedCommands.For(ticket, InShanghai(2025, 6, 12, 21, 59), rules));
        Assert.DoesNotContain(TicketCommands.FileStatement, AllowedCommands.For(ticket, InShanghai(2025, 6, 12, 22, 1), rules));
    }

    [Fact]
    public void Used_DutyTimeLimit_CountsOnlyDutyTime()
    {
        Assert.Equal(Hours(1.5), Deadlines.For(Limits).Used(Limits.Contact, InShanghai(2025, 6, 10, 19, 0), InShanghai(2025, 6, 12, 8, 30)));
    }

    [Fact]
    public void Used_CalendarTimeLimit_CountsElapsedTime()
    {
        Assert.Equal(Hours(37.5), Deadlines.For(Limits).Used(Limits.PlanSerious, InShanghai(2025, 6, 10, 19, 0), InShanghai(2025, 6, 12, 8, 30)));
        Assert.Equal(TimeSpan.Zero, Deadlines.For(Limits).Used(Limits.PlanSerious, InShanghai(2025, 6, 12, 8, 30), InShanghai(2025, 6, 10, 19, 0)));
    }
}
