using Hotline.Tickets.Contracts;
using Hotline.Tickets.Sla;
using Hotline.Tickets.Tests.Workflow;
using Hotline.Tickets.Workflow;
using static Hotline.Tickets.Tests.Sla.SlaTime;

namespace Hotline.Tickets.Tests.Sla;

/// <summary>The regulation's own examples (A10.1.3 product decision: duty-time clocks, 08:00–20:00 Asia/Shanghai).</summary>
public sealed class DutyCalendarRegulationTests
{
    private static readonly DutyCalendar Calendar = new(Shanghai);

    [Fact]
    public void A10_1_3_1_dispatch_at_22_00_is_due_to_start_at_08_10()
    {
        Assert.Equal(InShanghai(2025, 6, 11, 8, 10), Calendar.DueAt(InShanghai(2025, 6, 10, 22, 0), Minutes(10)));
    }

    [Fact]
    public void A10_1_3_1_dispatch_at_19_55_is_due_at_08_05_next_day()
    {
        Assert.Equal(InShanghai(2025, 6, 11, 8, 5), Calendar.DueAt(InShanghai(2025, 6, 10, 19, 55), Minutes(10)));
    }

    [Fact]
    public void A10_1_3_1_dispatch_at_23_00_is_due_at_08_10_next_day()
    {
        Assert.Equal(InShanghai(2025, 6, 11, 8, 10), Calendar.DueAt(InShanghai(2025, 6, 10, 23, 0), Minutes(10)));
    }

    [Fact]
    public void A10_1_3_1_dispatch_after_midnight_is_due_at_08_10_same_day()
    {
        Assert.Equal(InShanghai(2025, 6, 11, 8, 10), Calendar.DueAt(InShanghai(2025, 6, 11, 3, 0), Minutes(10)));
    }

    [Fact]
    public void A10_1_3_1_dispatch_at_19_55_on_holiday_eve_is_due_at_08_05_after_the_holiday()
    {
        var calendar = new DutyCalendar(Shanghai, holidays: [new DateOnly(2025, 6, 11)]);

        Assert.Equal(InShanghai(2025, 6, 12, 8, 5), calendar.DueAt(InShanghai(2025, 6, 10, 19, 55), Minutes(10)));
    }

    [Fact]
    public void A10_1_3_1_dispatch_inside_the_window_counts_from_dispatch()
    {
        Assert.Equal(InShanghai(2025, 6, 10, 14, 42), Calendar.DueAt(InShanghai(2025, 6, 10, 14, 32), Minutes(10)));
    }

    [Fact]
    public void A10_1_3_2_ticket_taken_at_19_30_must_reach_the_owner_by_08_30_next_day()
    {
        Assert.Equal(InShanghai(2025, 6, 11, 8, 30), Calendar.DueAt(InShanghai(2025, 6, 10, 19, 30), Hours(1)));
    }

    [Fact]
    public void A10_3_general_plan_from_18_00_is_due_at_10_00_next_day()
    {
        Assert.Equal(InShanghai(2025, 6, 11, 10, 0), Calendar.DueAt(InShanghai(2025, 6, 10, 18, 0), Hours(4)));
    }

    [Fact]
    public void A10_3_serious_plan_counts_one_calendar_day_through_the_night()
    {
        var deadlines = new Deadlines(new DutySchedule("Asia/Shanghai", new(8, 0), new(20, 0), []));

        Assert.Equal(InShanghai(2025, 6, 11, 22, 0), deadlines.DueAt(LimitSpec.OfCalendarTime(TimeSpan.FromDays(1)), InShanghai(2025, 6, 10, 22, 0)));
    }

    [Fact]
    public void A10_2_3_suggestion_reply_counts_two_calendar_days_even_over_holidays()
    {
        var deadlines = new Deadlines(new DutySchedule("Asia/Shanghai", new(8, 0), new(20, 0), [new(2025, 10, 1), new(2025, 10, 2)]));

        Assert.Equal(InShanghai(2025, 10, 2, 21, 0), deadlines.DueAt(LimitSpec.OfCalendarTime(TimeSpan.FromDays(2)), InShanghai(2025, 9, 30, 21, 0)));
    }

    /// <summary>
    /// Through the ticket's own state machine with the regulation's default limits: dispatched at 22:00 (outside duty
    /// hours), the statement may be filed until 22:00 two calendar days later and not a second after. Two days of duty
    /// time (12 h a day) would run until the fourth morning.
    /// </summary>
    [Fact]
    public void A10_4_statement_is_due_two_calendar_days_after_dispatch()
    {
        var ticket = WorkflowWorld.Register(new WorkflowStart(
            TicketKind.Complaint, WorkflowWorld.DutyHours, InShanghai(2025, 6, 10, 22, 0), "p-sunrise", "other", Severity.General, "電梯門關不上"));
        var rules = new LimitsClockRules(ticket.Limits!);

        Assert.Contains(TicketCommands.FileStatement, AllowedCommands.For(ticket, InShanghai(2025, 6, 12, 22, 0), rules));
        Assert.DoesNotContain(TicketCommands.FileStatement, AllowedCommands.For(ticket, InShanghai(2025, 6, 12, 22, 0).AddSeconds(1), rules));
    }
}
