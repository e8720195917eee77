using System.Net.Http.Json;
using System.Text.Json;
using Hotline.TestKit;
using Hotline.Tickets.Tests.Scenarios;

namespace Hotline.Tickets.Tests.Warnings;

/// <summary>A11 through the HTTP API: tickets raise their own warnings, once each, and only upwards.</summary>
[Collection(TicketsCollection.Name)]
public sealed class TicketWarningScenarioTests(AroundTheClockFixture fixture)
{
    private static readonly TimeSpan Step = TimeSpan.FromHours(6);

    [Fact]
    public async Task A11_1_2_A11_2_A11_3_1_unhandled_ticket_goes_blue_at_3_yellow_at_7_red_at_15_days_past_its_limit()
    {
        var ticket = await TicketClient.Register(fixture.Http, text: "11號樓外牆滲水");
        await ticket.Do("start");
        var planDue = (await ticket.Contact()).Clocks.Single(c => c.Kind == Contracts.ClockKind.Plan).DueAt;

        var blue = await Eventually.Get(ticket.Get, t => t.WarningLevel == "Blue", fixture.Clock, Step);
        Assert.True(fixture.Clock.GetUtcNow() >= planDue.AddDays(3));
        var yellow = await Eventually.Get(ticket.Get, t => t.WarningLevel == "Yellow", fixture.Clock, Step);
        Assert.True(fixture.Clock.GetUtcNow() >= planDue.AddDays(7));
        var red = await Eventually.Get(ticket.Get, t => t.WarningLevel == "Red", fixture.Clock, Step);
        Assert.True(fixture.Clock.GetUtcNow() >= planDue.AddDays(15));

        Assert.Equal(3, red.Warnings.Length);
        var first = await Warning(blue.Warnings[0]);
        Assert.Equal(("Blue", "Overdue"), (first.GetProperty("level").GetString(), first.GetProperty("trigger").GetString()));
        Assert.Equal(yellow.Warnings[1], first.GetProperty("supersededBy").GetGuid());
        Assert.StartsWith("A11.3.1", (await Warning(red.Warnings[2])).GetProperty("rule").GetString());
    }

    [Fact]
    public async Task A11_1_r_resolved_ticket_raises_nothing_more_and_its_unverified_warning_stays_in_the_supervisors_queue()
    {
        var ticket = await TicketClient.Register(fixture.Http, text: "12號樓水壓不足");
        await ticket.Do("start");
        await ticket.Contact();
        var blue = await Eventually.Get(ticket.Get, t => t.WarningLevel == "Blue", fixture.Clock, Step);

        await ticket.ReportPlan(fixture.Clock.GetUtcNow().AddHours(1));
        await ticket.Do("resolve", new { note = "已加裝增壓泵" });
        fixture.Clock.Advance(TimeSpan.FromDays(20));
        // The ticket has no deadline left (no reminder), or its tick after the move has been processed: a new warning would be in by now.
        await ReminderRows.Settled(fixture, ticket.Id);

        var after = await ticket.Get();
        Assert.Equal("Blue", after.WarningLevel);
        Assert.Single(after.Warnings);
        // Resolving does not let the warning escape its penalty: nobody verified it, so it still waits for the supervisor.
        var warning = await Warning(blue.Warnings[0]);
        Assert.Equal("Raised", warning.GetProperty("status").GetString());
        Assert.Equal("ticket Resolved", warning.GetProperty("subjectEnded").GetString());
    }

    [Fact]
    public async Task A11_4_person_raises_red_for_media_risk_only_with_a_reason()
    {
        var ticket = await TicketClient.Register(fixture.Http, text: "業主揚言聯繫電視台曝光漏水問題");

        await (await ticket.Send("raise-risk-warning", new { role = "CallCenterAgent", personId = "cc-agent-1" })).AssertInvalid("reason");
        var red = await ticket.Do("raise-risk-warning", new { role = "CallCenterAgent", personId = "cc-agent-1", reason = "業主聯繫了電視台" });

        Assert.Equal("Red", red.WarningLevel);
        var warning = await Warning(Assert.Single(red.Warnings));
        Assert.Equal("EscalationRisk", warning.GetProperty("trigger").GetString());
        Assert.Equal("cc-agent-1", warning.GetProperty("raisedBy").GetProperty("personId").GetString());
        Assert.Equal("業主聯繫了電視台", warning.GetProperty("reason").GetString());
        await (await ticket.Send("raise-risk-warning", new { reason = "again" })).AssertConflict("Dispatched");
    }

    [Fact]
    public async Task A11_1_1_reopened_ticket_raises_a_blue_repeat_complaint_warning()
    {
        var ticket = await TicketClient.Register(fixture.Http, text: "13號樓電梯異響");
        await ticket.Do("start");
        await ticket.Contact();
        await ticket.ReportPlan(fixture.Clock.GetUtcNow().AddDays(1));
        await ticket.Do("resolve", new { note = "已調整" });
        await ticket.Do("callback", new { reached = true, rating = 3 });

        var reopened = await ticket.Do("reopen", new { note = "又響了" });

        Assert.Equal("Blue", reopened.WarningLevel);
        Assert.Equal("RepeatComplaint", (await Warning(Assert.Single(reopened.Warnings))).GetProperty("trigger").GetString());
    }

    private async Task<JsonElement> Warning(Guid id) => await fixture.Http.GetFromJsonAsync<JsonElement>($"/api/warnings/{id}");
}
