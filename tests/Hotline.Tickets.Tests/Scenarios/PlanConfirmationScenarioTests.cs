using System.Net;
using System.Text.Json;
using Hotline.TestKit;
using Hotline.Tickets.Contracts;

namespace Hotline.Tickets.Tests.Scenarios;

/// <summary>A10.3.2–5 and A10.1.3.3 through the HTTP API: the group confirms the plan; a wait on the owner is bounded and ends by itself.</summary>
[Collection(TicketsCollection.Name)]
public sealed class PlanConfirmationScenarioTests(AroundTheClockFixture fixture)
{
    private DateTimeOffset Now => fixture.Clock.GetUtcNow();

    [Fact]
    public async Task A10_3_2_call_center_confirms_the_plan_and_a_later_date_needs_a_reason_and_a_new_confirmation()
    {
        var ticket = await Planned("14號樓電梯異響", Now.AddDays(2));
        var promised = (await ticket.Get()).Plan!.CompletionDueAt;

        // The unit does not confirm its own plan.
        Assert.Equal(HttpStatusCode.Forbidden, (await ticket.Send("confirm-plan", new { personId = "sunrise-liaison" })).StatusCode);
        var confirmed = await ticket.Do("confirm-plan", new { personId = "cc-agent-1" });
        Assert.Equal((promised, "cc-agent-1", false), (confirmed.Plan!.ConfirmedCompletionDueAt, confirmed.Plan.ConfirmedBy, confirmed.Plan.AwaitingConfirmation));

        await (await ticket.Send("report-plan", new { completionDueAt = Now.AddDays(9) })).AssertInvalid("reason");
        var revised = await ticket.Do("report-plan", new { completionDueAt = Now.AddDays(9), reason = "等待廠家配件" });
        Assert.True(revised.Plan!.AwaitingConfirmation);
        Assert.Equal(promised, revised.Plan.ConfirmedCompletionDueAt);

        await (await ticket.Send("confirm-plan", new { personId = "qd-staff" })).AssertInvalid("reason");
        var reconfirmed = await ticket.Do("confirm-plan", new { personId = "qd-staff", reason = "配件需從外地調貨" });
        Assert.Equal(revised.Plan.CompletionDueAt, reconfirmed.Plan!.ConfirmedCompletionDueAt);
        Assert.Contains(await Actions(ticket), a => a == ("confirm-plan", "qd-staff"));
    }

    [Fact]
    public async Task A10_3_2_quality_dept_sends_a_plan_back_with_a_reason()
    {
        var ticket = await Planned("15號樓外牆剝落", Now.AddDays(20));

        await (await ticket.Send("return-plan", new { personId = "qd-staff" })).AssertInvalid("reason");
        var returned = await ticket.Do("return-plan", new { personId = "qd-staff", reason = "二十天太長，請重新安排" });

        Assert.Equal("二十天太長，請重新安排", returned.Plan!.ReturnReason);
        Assert.False(returned.Plan.AwaitingConfirmation);
        await (await ticket.Send("confirm-plan", new { personId = "qd-staff" })).AssertConflict("InProgress");
    }

    [Fact]
    public async Task A11_1_2_a_reported_but_unconfirmed_far_completion_does_not_postpone_the_blue_warning()
    {
        var ticket = await TicketClient.Register(fixture.Http, text: "16號樓地下室滲水");
        await ticket.Do("start");
        var planDue = (await ticket.Contact()).Clocks.Single(c => c.Kind == ClockKind.Plan).DueAt;
        await ticket.ReportPlan(Now.AddDays(30));

        await Eventually.Get(ticket.Get, t => t.WarningLevel == "Blue", fixture.Clock, TimeSpan.FromHours(6));

        // Blue 3 days past the plan limit, not 3 days past the unconfirmed 30-day promise.
        Assert.InRange(Now, planDue.AddDays(3), planDue.AddDays(4));
    }

    [Fact]
    public async Task A10_1_3_3_a_follow_up_beyond_three_days_is_refused_naming_followUpAt()
    {
        var ticket = await Planned("17號樓門禁卡失靈", Now.AddDays(2));

        await (await ticket.Send("wait-for-owner", new { reason = "業主出國", followUpAt = Now.AddDays(3).AddMinutes(1) })).AssertInvalid("followUpAt");
        var waiting = await ticket.Do("wait-for-owner", new { reason = "業主出國", followUpAt = Now.AddDays(3) });

        Assert.NotNull(waiting.WaitingOnOwner);
    }

    [Fact]
    public async Task A10_1_3_3_a_missed_follow_up_resumes_handling_by_itself_and_shows_on_the_timeline()
    {
        var ticket = await Planned("18號樓水表漏水", Now.AddDays(2));
        var followUpAt = Now.AddHours(2);
        await ticket.Do("wait-for-owner", new { reason = "業主不在家", followUpAt });

        var resumed = await Eventually.Get(ticket.Get, t => t.WaitingOnOwner is null, fixture.Clock, TimeSpan.FromMinutes(30));

        Assert.True(Now >= followUpAt);
        Assert.True(resumed.Clocks.Single(c => c.Kind == ClockKind.OwnerFollowUp).Breached);
        Assert.Contains(resumed.Clocks, c => c.Kind == ClockKind.Resolution && c.IsPending);
        Assert.Contains(await Actions(ticket), a => a == ("follow-up-missed", "hotline"));
    }

    private async Task<TicketClient> Planned(string text, DateTimeOffset completion)
    {
        var ticket = await TicketClient.Register(fixture.Http, text: text);
        await ticket.Do("start");
        await ticket.Contact();
        await ticket.ReportPlan(completion);
        return ticket;
    }

    private static async Task<List<(string Action, string PersonId)>> Actions(TicketClient ticket) =>
        [.. (await ticket.Timeline()).GetProperty("entries").EnumerateArray()
            .Select(e => (e.GetProperty("action").GetString()!, e.GetProperty("actor").GetProperty("personId").GetString()!))];
}
