using Hotline.TestKit;
using Hotline.Tickets.Contracts;
using Hotline.Tickets.Tests.Scenarios;
using Orleans.Runtime;

namespace Hotline.Tickets.Tests.Reminders;

/// <summary>
/// The ticket's one "deadline" reminder, through the real host: a late or repeated tick books a breach
/// once; the reminder row follows the next pending clock and is gone when none is left.
/// </summary>
[Collection(TicketsCollection.Name)]
public sealed class DeadlineReminderTests(AroundTheClockFixture fixture)
{
    private const string Deadline = "deadline";
    private static readonly TimeSpan MinimumDueTime = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan NoticeLead = TimeSpan.FromMinutes(5);
    private static readonly TimeSpan RetryPeriod = TimeSpan.FromSeconds(20);

    private DateTimeOffset Now => fixture.Clock.GetUtcNow();

    [Fact]
    public async Task A10_1_3_1_late_and_repeated_ticks_book_the_start_breach_exactly_once()
    {
        var ticket = await TicketClient.Register(fixture.Http, text: "地下車庫的燈全滅了");
        var due = (await ticket.Get()).Clocks.Single().DueAt;

        // Late: the clock jumps 15 minutes past the 10-minute start limit before the reminder gets to fire.
        fixture.Clock.Advance(due - Now + TimeSpan.FromMinutes(15));
        var lateBy = Now;
        var breached = await Eventually.Get(ticket.Get, t => t.Clocks.Single().BreachRecordedAt is not null, fixture.Clock, TimeSpan.FromMinutes(1));
        var recordedAt = breached.Clocks.Single().BreachRecordedAt!.Value;
        Assert.True(recordedAt >= lateBy, $"a late tick records the breach when it comes ({recordedAt:o}); due {due:o}, clock moved to {lateBy:o}");
        Assert.Equal(due, breached.Clocks.Single().DueAt);

        // Repeated: many reminder periods later, and ticks delivered again by hand.
        await KeepTicking(ticket.Id, TimeSpan.FromMinutes(12));
        await TickByHand(ticket.Id);
        await TickByHand(ticket.Id);

        var after = await ticket.Get();
        Assert.Equal(recordedAt, after.Clocks.Single().BreachRecordedAt);
        Assert.Equal(breached.Version, after.Version);
        Assert.Equal(new[] { "Start" }, await BreachNotes(ticket));
    }

    [Fact]
    public async Task A10_3_repeated_ticks_between_two_breaches_book_each_once()
    {
        var ticket = await TicketClient.Register(fixture.Http, text: "走廊燈不亮", severity: "General");
        await ticket.Do("start");
        await ticket.Contact();
        var waiting = await ticket.Do("wait-for-owner", new { reason = "業主出差，晚點再聯繫", followUpAt = Now.AddHours(6) });
        var planDue = waiting.Clocks.Single(c => c.Kind == ClockKind.Plan).DueAt;
        Assert.Equal(Now.AddHours(4), planDue);

        var planBreached = await Eventually.Get(ticket.Get, t => t.Clocks.Single(c => c.Kind == ClockKind.Plan).BreachRecordedAt is not null, fixture.Clock, TimeSpan.FromMinutes(10));
        var planRecordedAt = planBreached.Clocks.Single(c => c.Kind == ClockKind.Plan).BreachRecordedAt;
        await AssertReminderFollowsNextPendingClock(planBreached);

        var bothBreached = await Eventually.Get(ticket.Get, t => t.Clocks.Single(c => c.Kind == ClockKind.OwnerFollowUp).BreachRecordedAt is not null, fixture.Clock, TimeSpan.FromMinutes(10));
        await KeepTicking(ticket.Id, TimeSpan.FromMinutes(8));
        await TickByHand(ticket.Id);

        var after = await ticket.Get();
        Assert.Equal(planRecordedAt, after.Clocks.Single(c => c.Kind == ClockKind.Plan).BreachRecordedAt);
        Assert.Equal(bothBreached.Version, after.Version);
        Assert.Equal(new[] { "Plan", "OwnerFollowUp" }, await BreachNotes(ticket));
    }

    [Fact]
    public async Task Reminder_OpenTicket_HasOneRowNamingTheGrain()
    {
        var ticket = await TicketClient.Register(fixture.Http, text: "5號樓門禁壞了");

        var row = Assert.Single(await ReminderTable.Rows(fixture, ticket.Id));

        Assert.Equal(Deadline, row.ReminderName);
        Assert.Equal(fixture.Grains.GetGrain<ITicketGrain>(ticket.Id).GetGrainId().ToString(), row.GrainId);
        Assert.Contains(ReminderTable.GrainKey(ticket.Id), row.GrainId);
    }

    [Fact]
    public async Task Reminder_ComplaintDrivenToClosed_HasNoRowLeft()
    {
        var ticket = await TicketClient.Register(fixture.Http, text: "5號樓電梯門關不上");
        Assert.Single(await ReminderTable.Rows(fixture, ticket.Id));
        await ticket.Do("start");
        await ticket.Contact();
        await ticket.ReportPlan(Now.AddDays(1));
        Assert.Single(await ReminderTable.Rows(fixture, ticket.Id));

        var resolved = await ticket.Do("resolve", new { note = "已更換門機並測試" });
        Assert.DoesNotContain(resolved.Clocks, c => c.IsPending);
        Assert.Empty(await ReminderTable.Rows(fixture, ticket.Id));

        var closed = await ticket.Do("callback", new { reached = true, rating = 5, note = "很滿意" });

        Assert.Equal(TicketStatus.Closed, closed.Status);
        Assert.Empty(await ReminderTable.Rows(fixture, ticket.Id));
        await KeepTicking(ticket.Id, TimeSpan.FromMinutes(3));
        Assert.Empty(await ReminderTable.Rows(fixture, ticket.Id));
    }

    [Fact]
    public async Task Reminder_ClosedComplaintReopened_GetsARowForItsNewPlanClock()
    {
        var ticket = await TicketClient.Register(fixture.Http, text: "6號樓水管漏水");
        await ticket.Do("start");
        await ticket.Contact();
        await ticket.ReportPlan(Now.AddDays(1));
        await ticket.Do("resolve", new { note = "已修好" });
        await ticket.Do("callback", new { reached = true, rating = 2 });
        Assert.Empty(await ReminderTable.Rows(fixture, ticket.Id));

        var reopened = await ticket.Do("reopen", new { note = "又漏了" });

        Assert.Equal(TicketStatus.InProgress, reopened.Status);
        var row = await AssertReminderFollowsNextPendingClock(reopened);
        Assert.Contains(row.StartTime, new[] { 0, 5 }.Select(m => reopened.Clocks.Single(c => c.Kind == ClockKind.Plan && c.IsPending).DueAt - TimeSpan.FromMinutes(m)));
    }

    [Fact]
    public async Task A10_1_3_3_dispatched_ticket_reminder_starts_at_its_start_clock_due_time()
    {
        var ticket = await TicketClient.Register(fixture.Http, text: "樓道垃圾沒人清");

        var dispatched = await ticket.Get();

        Assert.Equal(TicketStatus.Dispatched, dispatched.Status);
        var row = await AssertReminderFollowsNextPendingClock(dispatched);
        Assert.Equal(dispatched.Clocks.Single(c => c.Kind == ClockKind.Start).DueAt - NoticeLead, row.StartTime);
    }

    [Fact]
    public async Task A10_1_3_3_in_progress_ticket_reminder_follows_resolution_then_owner_follow_up_then_resolution()
    {
        var ticket = await TicketClient.Register(fixture.Http, text: "水管漏水");
        await ticket.Do("start");
        await ticket.Contact();
        var promised = Now.AddDays(2);

        var inProgress = await ticket.ReportPlan(promised);
        Assert.Equal(TicketStatus.InProgress, inProgress.Status);
        Assert.Equal(promised - NoticeLead, (await AssertReminderFollowsNextPendingClock(inProgress)).StartTime);

        var waiting = await ticket.Do("wait-for-owner", new { reason = "業主不在家", followUpAt = Now.AddHours(3) });
        Assert.Equal(Now.AddHours(3) - NoticeLead, (await AssertReminderFollowsNextPendingClock(waiting)).StartTime);

        fixture.Clock.Advance(TimeSpan.FromHours(1));
        var resumed = await ticket.Do("resume");
        Assert.Equal(promised.AddHours(1) - NoticeLead, (await AssertReminderFollowsNextPendingClock(resumed)).StartTime);
    }

    /// <summary>An open ticket has exactly one "deadline" row, starting at its next pending due time (at least 1 s from now), every 20 s after.</summary>
    private async Task<ReminderRow> AssertReminderFollowsNextPendingClock(Ticket ticket)
    {
        var next = ticket.Clocks.Where(c => c.IsPending).Min(c => (DateTimeOffset?)c.DueAt);
        Assert.True(next is not null, $"{ticket.Status} ticket has no pending clock");
        // The tick comes at the deadline, or the configured notice lead before it when a "deadline soon" notice is still due.
        DateTimeOffset AtLeastASecondAway(DateTimeOffset at) => at - Now > MinimumDueTime ? at : Now + MinimumDueTime;
        var expected = new[] { AtLeastASecondAway(next.Value), AtLeastASecondAway(next.Value - NoticeLead) };

        var row = Assert.Single(await ReminderTable.Rows(fixture, ticket.Id));
        Assert.Equal(Deadline, row.ReminderName);
        Assert.Contains(row.StartTime, expected);
        Assert.Equal(RetryPeriod, row.Period);
        return row;
    }

    /// <summary>
    /// Moves the clock on one reminder period (20 s) at a time; after each step, waits until the ticket's due tick
    /// at that time has been processed (or sees that no tick is due), so nothing that would happen is still on its way.
    /// </summary>
    private async Task KeepTicking(Guid ticketId, TimeSpan total)
    {
        for (var moved = TimeSpan.Zero; moved < total; moved += RetryPeriod)
        {
            fixture.Clock.Advance(RetryPeriod);
            await ReminderRows.Settled(fixture, ticketId);
        }
    }

    /// <summary>
    /// Delivers the deadline tick again, as Orleans would on a retry or after a silo failover, and waits until the grain
    /// has acted on it (a tick is answered at once and acted on in a turn of its own).
    /// </summary>
    private async Task TickByHand(Guid ticketId)
    {
        var grainId = fixture.Grains.GetGrain<ITicketGrain>(ticketId).GetGrainId();
        var now = Now.UtcDateTime;
        var before = fixture.Host.Ticks.Count(ticketId);
        await fixture.Grains.GetGrain<IRemindable>(grainId).ReceiveReminder(Deadline, new TickStatus(now, RetryPeriod, now));
        await fixture.Host.Ticks.ProcessedAfter(ticketId, before);
    }

    private static async Task<IReadOnlyList<string>> BreachNotes(TicketClient ticket) =>
        [.. (await ticket.Timeline()).GetProperty("entries").EnumerateArray()
            .Where(e => e.GetProperty("action").GetString() == "breach")
            .Select(e => e.GetProperty("note").GetString() ?? "")];
}
