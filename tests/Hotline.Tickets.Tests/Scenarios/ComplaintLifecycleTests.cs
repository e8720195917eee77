using Hotline.TestKit;
using Hotline.Tickets.Contracts;

namespace Hotline.Tickets.Tests.Scenarios;

[Collection(TicketsCollection.Name)]
public sealed class ComplaintLifecycleTests(AroundTheClockFixture fixture)
{
    private DateTimeOffset Now => fixture.Clock.GetUtcNow();

    [Fact]
    public async Task A10_1_1_complaint_is_classified_into_one_of_the_six_categories()
    {
        // One text per category, each worded for exactly one of them: every category must be reached, not just "other".
        (string Text, string Category)[] cases =
        [
            ("物業客服態度很差", "customer-service"), ("水管爆了", "engineering"), ("陌生人隨便進出小區保安不管", "security"),
            ("樓道垃圾沒人清", "cleaning"), ("草坪沒人修剪", "landscaping"), ("想問問今年的活動安排", "other"),
        ];

        var classified = new List<(string, string)>();
        foreach (var (text, _) in cases)
        {
            classified.Add((text, (await (await TicketClient.Register(fixture.Http, text: text)).Get()).Category));
        }

        Assert.Equal(cases, classified);
    }

    [Fact]
    public async Task A10_1_3_1_liaison_starting_within_10_minutes_meets_the_start_clock()
    {
        var ticket = await TicketClient.Register(fixture.Http);
        fixture.Clock.Advance(TimeSpan.FromMinutes(5));

        var started = await ticket.Do("start");

        var start = started.Clocks.Single(c => c.Kind == ClockKind.Start);
        Assert.Equal(Now, start.MetAt);
        Assert.False(start.Breached);
        Assert.Equal(TicketStatus.Started, started.Status);
    }

    [Fact]
    public async Task A10_1_3_2_contact_requires_department_and_plan_and_runs_within_one_hour()
    {
        var ticket = await TicketClient.Register(fixture.Http);
        var started = await ticket.Do("start");
        Assert.Equal(TimeSpan.FromHours(1), started.Clocks.Single(c => c.Kind == ClockKind.Contact).DueAt - Now);

        await (await ticket.Send("contact", new { plan = "更換門機" })).AssertInvalid("department");
        await (await ticket.Send("contact", new { department = "EngineeringDept" })).AssertInvalid("plan");
        var contacted = await ticket.Contact();

        Assert.Equal(TicketStatus.Contacted, contacted.Status);
        Assert.Equal("EngineeringDept", contacted.ResponsibleDepartment);
        Assert.Equal("更換門機", contacted.Plan!.Summary);
        Assert.NotNull(contacted.Clocks.Single(c => c.Kind == ClockKind.Contact).MetAt);
    }

    [Fact]
    public async Task A10_1_3_2_contact_clock_breaches_when_the_owner_is_not_contacted_within_one_hour()
    {
        var ticket = await TicketClient.Register(fixture.Http);
        await ticket.Do("start");

        var breached = await Eventually.Get(ticket.Get, t => t.Clocks.Single(c => c.Kind == ClockKind.Contact).Breached, fixture.Clock, TimeSpan.FromMinutes(5));

        Assert.True(breached.Clocks.Single(c => c.Kind == ClockKind.Contact).BreachRecordedAt >= breached.Clocks.Single(c => c.Kind == ClockKind.Contact).DueAt);
    }

    [Fact]
    public async Task A10_3_general_plan_is_due_in_4_hours_and_serious_in_1_day()
    {
        var general = await TicketClient.Register(fixture.Http, text: "走廊燈不亮", severity: "General");
        var serious = await TicketClient.Register(fixture.Http, text: "走廊燈不亮", severity: "Serious");

        foreach (var (ticket, limit) in new[] { (general, TimeSpan.FromHours(4)), (serious, TimeSpan.FromDays(1)) })
        {
            await ticket.Do("start");
            var contacted = await ticket.Contact();
            var plan = contacted.Clocks.Single(c => c.Kind == ClockKind.Plan);
            Assert.Equal(limit, plan.DueAt - plan.StartedAt);
        }
    }

    [Fact]
    public async Task A10_3_reported_plan_runs_the_resolution_clock_to_the_promised_time()
    {
        var ticket = await TicketClient.Register(fixture.Http);
        await ticket.Do("start");
        await ticket.Contact();
        await (await ticket.Send("report-plan", new { completionDueAt = Now.AddHours(-1) })).AssertInvalid("completionDueAt");

        var promised = Now.AddDays(3);
        var planned = await ticket.ReportPlan(promised);

        Assert.Equal(TicketStatus.InProgress, planned.Status);
        Assert.NotNull(planned.Clocks.Single(c => c.Kind == ClockKind.Plan).MetAt);
        Assert.Equal(promised, planned.Clocks.Single(c => c.Kind == ClockKind.Resolution).DueAt);
    }

    [Fact]
    public async Task A10_1_3_3_every_open_ticket_has_a_pending_deadline_at_every_step()
    {
        var ticket = await TicketClient.Register(fixture.Http);
        var steps = new List<Ticket> { await ticket.Get(), await ticket.Do("start"), await ticket.Contact(), await ticket.ReportPlan(Now.AddDays(2)) };
        steps.Add(await ticket.Do("wait-for-owner", new { reason = "業主出差，下週再聯繫", followUpAt = Now.AddDays(1) }));
        steps.Add(await ticket.Do("resume"));

        Assert.All(steps, t => Assert.Contains(t.Clocks, c => c.IsPending));
    }

    [Fact]
    public async Task Lifecycle_ResolvedThenRated_ClosesWithTheOwnersRating()
    {
        var ticket = await TicketClient.Register(fixture.Http);
        await ticket.Do("start");
        await ticket.Contact();
        await ticket.ReportPlan(Now.AddDays(1));
        await (await ticket.Send("resolve")).AssertInvalid("note");
        var resolved = await ticket.Do("resolve", new { note = "已更換門機並測試" });
        Assert.True(resolved.Clocks.Where(c => c.Kind != ClockKind.Start).All(c => c.MetAt is not null));

        await (await ticket.Send("callback", new { reached = true, rating = 6 })).AssertInvalid("rating");
        var closed = await ticket.Do("callback", new { reached = true, rating = 5, note = "很滿意" });

        Assert.Equal(TicketStatus.Closed, closed.Status);
        Assert.Equal(5, closed.Feedback!.Rating);
        Assert.DoesNotContain(closed.Clocks, c => c.IsPending);
    }

    [Fact]
    public async Task Callback_FailingThreeTimes_ClosesWithoutRating()
    {
        var ticket = await TicketClient.Register(fixture.Http);
        await ticket.Do("start");
        await ticket.Contact();
        await ticket.ReportPlan(Now.AddDays(1));
        await ticket.Do("resolve", new { note = "已處理" });

        Assert.Equal(TicketStatus.Resolved, (await ticket.Do("callback", new { reached = false })).Status);
        Assert.Equal(TicketStatus.Resolved, (await ticket.Do("callback", new { reached = false })).Status);
        var closed = await ticket.Do("callback", new { reached = false });

        Assert.Equal(TicketStatus.Closed, closed.Status);
        Assert.Null(closed.Feedback!.Rating);
        Assert.Equal(3, closed.Feedback.Attempts);
    }

    [Fact]
    public async Task Reopen_WithinWindow_GoesBackToInProgressAsARepeatComplaint_AndNotAfterIt()
    {
        var ticket = await TicketClient.Register(fixture.Http);
        await ticket.Do("start");
        await ticket.Contact();
        await ticket.ReportPlan(Now.AddDays(1));
        await ticket.Do("resolve", new { note = "已處理" });
        await ticket.Do("callback", new { reached = true, rating = 2 });

        var reopened = await ticket.Do("reopen", new { note = "電梯又壞了" });
        Assert.Equal(TicketStatus.InProgress, reopened.Status);
        Assert.Equal(1, reopened.ReopenCount);
        Assert.Contains(reopened.Clocks, c => c.Kind == ClockKind.Plan && c.IsPending);

        await ticket.ReportPlan(Now.AddDays(1));
        await ticket.Do("resolve", new { note = "再次處理" });
        await ticket.Do("callback", new { reached = true, rating = 4 });
        fixture.Clock.Advance(TimeSpan.FromDays(8));
        var late = await (await ticket.Send("reopen", new { note = "還是壞" })).AssertConflict("Closed");
        Assert.Equal("WindowClosed", late.GetProperty("reason").GetString());
    }
}
