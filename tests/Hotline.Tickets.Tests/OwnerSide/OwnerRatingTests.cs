using System.Net.Http.Json;
using Hotline.Kernel;
using Hotline.Tickets.Contracts;
using Hotline.Tickets.Contracts.Commands;
using Hotline.Tickets.Tests.Scenarios;
using static Hotline.Tickets.Tests.OwnerSide.OwnerSideDriver;

namespace Hotline.Tickets.Tests.OwnerSide;

/// <summary>The owner rates a resolution on three dimensions, once per resolution; staff answer a rating once (A2, owner-facing).</summary>
[Collection(TicketsCollection.Name)]
public sealed class OwnerRatingTests(AroundTheClockFixture fixture)
{
    private readonly OwnerSideDriver _owner = new(fixture);

    [Fact]
    public async Task A2_owner_rates_a_resolved_ticket_on_three_dimensions_shown_on_the_view_and_the_timeline()
    {
        var ticket = await _owner.Resolved();
        var at = _owner.Now;

        var outcome = await _owner.AsOwner(ticket, new Rate(Id(), Owner, 4, 3, 5, "師傅很客氣，就是來得慢"));

        Assert.True(outcome.Accepted, outcome.Rejection);
        var view = await ticket.Get();
        Assert.Equal(new OwnerRating(4, 3, 5, "師傅很客氣，就是來得慢", Owner, at), view.Rating);
        Assert.Equal(TicketStatus.Resolved, view.Status);
        var entry = (await _owner.Grain(ticket).GetTimeline()).Last();
        Assert.Equal(new TimelineEntry(at, Owner, "rate", "overall 4, speed 3, attitude 5; 師傅很客氣，就是來得慢"), entry);
        // The timeline shows the owner by the digest of their number, never the number.
        Assert.DoesNotContain("13912345678", entry.Actor.PersonId, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A2_call_center_records_the_owners_rating_after_the_callback_and_a_second_rating_is_refused()
    {
        var ticket = await _owner.Resolved();
        await ticket.Do("callback", new { reached = true, rating = 4 });
        var at = _owner.Now;

        var rated = await ticket.Do("rate", new { overall = 5, speed = 4, attitude = 5, comment = "滿意" });

        Assert.Equal(new OwnerRating(5, 4, 5, "滿意", new Actor("cc-agent-1", "CallCenterAgent"), at), rated.Rating);
        // The callback's own record is left as it was.
        Assert.Equal(new OwnerFeedback(1, 4, null), rated.Feedback);
        await (await ticket.Send("rate", new { overall = 1, speed = 1, attitude = 1 })).AssertConflict("Closed");
        var again = await _owner.AsOwner(ticket, new Rate(Id(), Owner, 1, 1, 1, null));
        Assert.False(again.Accepted);
        Assert.Equal((5, 4, 5), ((await ticket.Get()).Rating!.Overall, (await ticket.Get()).Rating!.Speed, (await ticket.Get()).Rating!.Attitude));
    }

    [Fact]
    public async Task A2_a_reopened_and_resolved_again_ticket_can_be_rated_again()
    {
        var ticket = await _owner.Resolved();
        Assert.True((await _owner.AsOwner(ticket, new Rate(Id(), Owner, 2, 2, 3, null))).Accepted);

        var reopened = await _owner.AsOwner(ticket, new Reopen(Id(), Owner, "門又關不上了"));
        Assert.True(reopened.Accepted, reopened.Rejection);
        Assert.Null(reopened.Ticket!.Rating);
        await ticket.ReportPlan(_owner.Now.AddDays(1));
        await ticket.Do("resolve", new { note = "更換門機電機" });
        var at = _owner.Now;

        var second = await _owner.AsOwner(ticket, new Rate(Id(), Owner, 5, 4, 4, null));

        Assert.True(second.Accepted, second.Rejection);
        Assert.Equal(new OwnerRating(5, 4, 4, null, Owner, at), second.Ticket!.Rating);
        Assert.Equal(2, (await _owner.Grain(ticket).GetTimeline()).Count(e => e.Action == "rate"));
    }

    [Theory]
    [InlineData(null, 3, 3, "overall")]
    [InlineData(5, 0, 3, "speed")]
    [InlineData(5, 5, 6, "attitude")]
    [InlineData(-1, 5, 5, "overall")]
    public async Task A2_a_score_missing_or_outside_1_to_5_is_400_naming_it(int? overall, int? speed, int? attitude, string field)
    {
        var ticket = await _owner.Resolved();

        await (await ticket.Send("rate", new { overall, speed, attitude })).AssertInvalid(field);

        Assert.Null((await ticket.Get()).Rating);
    }

    [Fact]
    public async Task A2_rating_before_the_resolution_is_409_with_the_state()
    {
        var ticket = await _owner.InProgress();

        await (await ticket.Send("rate", new { overall = 5, speed = 5, attitude = 5 })).AssertConflict("InProgress");
        var outcome = await _owner.AsOwner(ticket, new Rate(Id(), Owner, 5, 5, 5, null));
        Assert.Equal((false, TicketStatus.InProgress), (outcome.Accepted, outcome.CurrentStatus));
    }

    [Fact]
    public async Task A2_staff_answer_a_rating_once_on_the_view_and_the_timeline()
    {
        var ticket = await _owner.Resolved();
        await (await ticket.Send("answer-rating", new { note = "謝謝" })).AssertConflict("Resolved"); // nothing to answer yet
        await _owner.AsOwner(ticket, new Rate(Id(), Owner, 2, 1, 3, "等了三天"));
        await (await ticket.Send("answer-rating")).AssertInvalid("note");
        var at = _owner.Now;

        var answered = await ticket.Do("answer-rating", new { note = "抱歉久等，已調整維修排班", personId = "sunrise-manager" });

        Assert.Equal(new RatingAnswer("抱歉久等，已調整維修排班", new Actor("sunrise-manager", "ProjectManager"), at), answered.Rating!.Answer);
        Assert.Equal(new TimelineEntry(at, new Actor("sunrise-manager", "ProjectManager"), "answer-rating", "抱歉久等，已調整維修排班"),
            (await _owner.Grain(ticket).GetTimeline()).Last());
        await (await ticket.Send("answer-rating", new { note = "再補充一句", personId = "cc-supervisor" })).AssertConflict("Resolved");
    }

    [Fact]
    public async Task A2_an_owner_does_not_answer_ratings()
    {
        var ticket = await _owner.Resolved();
        await _owner.AsOwner(ticket, new Rate(Id(), Owner, 3, 3, 3, null));

        var outcome = await _owner.AsOwner(ticket, new AnswerRating(Id(), Owner, "我自己回覆"));

        Assert.Equal((false, RefusalReason.StaffAnswersRatings), (outcome.Accepted, outcome.Reason));
        Assert.Null((await ticket.Get()).Rating!.Answer);
    }

    [Fact]
    public async Task A2_an_agent_may_not_answer_a_rating_the_supervisor_may()
    {
        var ticket = await _owner.Resolved();
        await ticket.Do("rate", new { overall = 3, speed = 3, attitude = 3 });

        var agent = await ticket.Send("answer-rating", new { note = "收到", personId = "cc-agent-1" });

        Assert.Equal(System.Net.HttpStatusCode.Forbidden, agent.StatusCode);
        var supervisor = await ticket.Do("answer-rating", new { note = "收到，會跟進", personId = "cc-supervisor" });
        Assert.Equal("cc-supervisor", supervisor.Rating!.Answer!.By.PersonId);
    }

    [Fact]
    public async Task A2_the_liaison_may_not_rate_on_the_owners_behalf()
    {
        var ticket = await _owner.Resolved();

        var response = await fixture.Http.PostAsJsonAsync($"/api/tickets/{ticket.Id}/rate", new { overall = 5, speed = 5, attitude = 5, personId = "sunrise-liaison" });

        Assert.Equal(System.Net.HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Null((await ticket.Get()).Rating);
    }
}
