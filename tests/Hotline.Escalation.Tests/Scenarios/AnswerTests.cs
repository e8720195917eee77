using System.Net;
using Hotline.Escalation.Contracts;
using Hotline.Escalation.Tests.Support;
using Hotline.Kernel;
using Hotline.Notifications.Contracts;
using Hotline.TestKit;

namespace Hotline.Escalation.Tests.Scenarios;

/// <summary>A11.1.r / A11.2: the people notified answer with a plan and a completion time within 1 day, or are told again once.</summary>
[Collection(EscalationCollection.Name)]
public sealed class AnswerTests(EscalationFixture fixture)
{
    private readonly WarningDriver _warnings = new(fixture);

    private DateTimeOffset Now => fixture.Clock.GetUtcNow();

    [Fact]
    public async Task A11_1_r_answer_needs_a_routed_person_a_plan_and_a_future_completion_time()
    {
        var verified = await _warnings.RaiseVerified(WarningLevel.Blue);

        var byLiaison = await _warnings.Send(verified.Id, "answer", new { personId = Demo.SunriseLiaison, role = "ProjectLiaison", plan = "更換門機", completionDueAt = Now.AddDays(2) });
        Assert.Equal(HttpStatusCode.Conflict, byLiaison.StatusCode);
        Assert.Equal("NotRoutedToYou", (await WarningDriver.Problem(byLiaison)).GetProperty("reason").GetString());
        await AssertInvalid(await _warnings.Send(verified.Id, "answer", new { personId = Demo.SunriseManager, role = "ProjectManager", completionDueAt = Now.AddDays(2) }), "plan");
        await AssertInvalid(await _warnings.Send(verified.Id, "answer", new { personId = Demo.SunriseManager, role = "ProjectManager", plan = "更換門機" }), "completionDueAt");
        await AssertInvalid(await _warnings.Send(verified.Id, "answer", new { personId = Demo.SunriseManager, role = "ProjectManager", plan = "更換門機", completionDueAt = Now.AddHours(-1) }), "completionDueAt");

        var due = Now.AddDays(2);
        var answered = await _warnings.Do(verified.Id, "answer", new { personId = Demo.SunriseManager, role = "ProjectManager", plan = "更換門機", completionDueAt = due });

        Assert.Equal(WarningStatus.Answered, answered.Status);
        Assert.Equal(("更換門機", due, Demo.SunriseManager, Now), (answered.Answer!.Plan, answered.Answer.CompletionDueAt, answered.Answer.By.PersonId, answered.Answer.At));
        var again = await _warnings.Do(verified.Id, "answer", new { personId = Demo.SunriseManager, role = "ProjectManager", plan = "更換門機", completionDueAt = due });
        Assert.Equal(answered.Version, again.Version);
    }

    [Fact]
    public async Task A11_1_r_a_raised_warning_cannot_be_answered_before_verification()
    {
        var raised = await _warnings.Raise(WarningLevel.Blue);

        var response = await _warnings.Send(raised.Id, "answer", new { personId = Demo.SunriseManager, role = "ProjectManager", plan = "更換門機", completionDueAt = Now.AddDays(2) });

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        var problem = await WarningDriver.Problem(response);
        Assert.Equal(("Raised", "StateDoesNotAllow"), (problem.GetProperty("currentStatus").GetString(), problem.GetProperty("reason").GetString()));
    }

    [Fact]
    public async Task A11_2_unanswered_warning_is_overdue_after_one_day_and_the_chain_is_told_again_exactly_once()
    {
        var verified = await _warnings.RaiseVerified(WarningLevel.Yellow);

        var overdue = await Eventually.Get(() => _warnings.Get(verified.Id), w => w.AnswerOverdueSince is not null, fixture.Clock, TimeSpan.FromHours(2));

        Assert.True(overdue.AnswerOverdueSince >= verified.AnswerDueAt, "never overdue before its due time");
        Assert.Equal(WarningStatus.Verified, overdue.Status);
        // The tick that marked it overdue has finished (and rescheduled); with no reminder left, no later tick can act.
        await fixture.Host.Ticks.Processed(verified.Id, overdue.AnswerOverdueSince!.Value);
        Assert.Empty(await Reminders.Of(fixture, verified.Id));
        fixture.Clock.Advance(TimeSpan.FromDays(2));
        Assert.Equal(overdue.Version, (await _warnings.Get(verified.Id)).Version);
        foreach (var person in new[] { Demo.QualityHead, Demo.NorthHead, Demo.SunriseManager, Demo.Supervisor })
        {
            Assert.Single(await _warnings.Inbox(person, verified.Id), i => i.Kind == InboxItemKind.AnswerOverdue);
        }

        Assert.Empty(await Reminders.Of(fixture, verified.Id));
        var late = await _warnings.Do(verified.Id, "answer", new { personId = Demo.NorthHead, role = "BranchHead", plan = "補報方案", completionDueAt = Now.AddDays(1) });
        Assert.Equal(WarningStatus.Answered, late.Status);
    }

    [Fact]
    public async Task A11_1_r_an_answer_in_time_is_never_overdue()
    {
        var verified = await _warnings.RaiseVerified(WarningLevel.Blue);
        await _warnings.Do(verified.Id, "answer", new { personId = Demo.NorthHead, role = "BranchHead", plan = "更換門機", completionDueAt = Now.AddDays(2) });

        Assert.Empty(await Reminders.Of(fixture, verified.Id));
        // No reminder is left, so nothing can tick past the answer deadline (nothing to wait for).
        fixture.Clock.Advance(TimeSpan.FromDays(1) + TimeSpan.FromMinutes(5));

        Assert.Null((await _warnings.Get(verified.Id)).AnswerOverdueSince);
        Assert.Empty((await _warnings.Inbox(Demo.NorthHead, verified.Id)).Where(i => i.Kind == InboxItemKind.AnswerOverdue));
    }

    [Fact]
    public async Task A11_closing_a_warning_stops_its_answer_reminder()
    {
        var verified = await _warnings.RaiseVerified(WarningLevel.Blue);
        Assert.Single(await Reminders.Of(fixture, verified.Id));

        await _warnings.Grain(verified.Id).Close("ticket Resolved");
        await _warnings.Grain(verified.Id).Close("ticket Resolved");

        var closed = await _warnings.Get(verified.Id);
        Assert.Equal(WarningStatus.Closed, closed.Status);
        Assert.Equal(Now, closed.ClosedAt);
        Assert.Empty(await Reminders.Of(fixture, verified.Id));
        // No reminder is left (asserted above), so no tick can act past the answer deadline.
        fixture.Clock.Advance(TimeSpan.FromDays(1) + TimeSpan.FromMinutes(5));
        Assert.Null((await _warnings.Get(verified.Id)).AnswerOverdueSince);
        Assert.Equal(closed.Version, (await _warnings.Get(verified.Id)).Version);
    }

    [Fact]
    public async Task A11_a_superseded_warning_leaves_the_answer_deadline_to_the_higher_warning()
    {
        var blue = await _warnings.RaiseVerified(WarningLevel.Blue);
        var yellow = await _warnings.Raise(WarningLevel.Yellow);

        await _warnings.Grain(blue.Id).Supersede(yellow.Id);
        await _warnings.Grain(blue.Id).Supersede(Guid.NewGuid()); // a later, higher warning supersedes the yellow one, not this

        var superseded = await _warnings.Get(blue.Id);
        Assert.Equal(yellow.Id, superseded.SupersededBy);
        Assert.Equal(WarningStatus.Verified, superseded.Status);
        Assert.Empty(await Reminders.Of(fixture, blue.Id));
    }

    private static async Task AssertInvalid(HttpResponseMessage response, string field)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await WarningDriver.Problem(response)).GetProperty("errors").TryGetProperty(field, out _), $"400 names {field}");
    }
}
