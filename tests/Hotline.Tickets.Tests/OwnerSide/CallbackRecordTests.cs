using Hotline.Kernel;
using Hotline.Tickets.Contracts;
using Hotline.Tickets.Tests.Scenarios;

namespace Hotline.Tickets.Tests.OwnerSide;

/// <summary>
/// The owner hears back (issue 11): the call center's callback (回訪) after a resolution is recorded on the timeline
/// (who called, when, reached or not, the rating and note) and its attempts on the ticket, reached or not.
/// </summary>
[Collection(TicketsCollection.Name)]
public sealed class CallbackRecordTests(AroundTheClockFixture fixture)
{
    private readonly OwnerSideDriver _owner = new(fixture);

    [Fact]
    public async Task A2_each_callback_after_a_resolution_is_on_the_timeline_with_who_when_and_outcome_and_the_attempts_on_the_ticket()
    {
        var ticket = await _owner.Resolved();
        var firstAt = _owner.Now;

        var missed = await ticket.Do("callback", new { reached = false, note = "無人接聽" });

        Assert.Equal((TicketStatus.Resolved, 1, (int?)null), (missed.Status, missed.Feedback!.Attempts, missed.Feedback.Rating));
        var agent = new Actor("cc-agent-1", "CallCenterAgent");
        Assert.Equal(new TimelineEntry(firstAt, agent, "callback", "owner not reached; 無人接聽"), (await _owner.Grain(ticket).GetTimeline()).Last());

        fixture.Clock.Advance(TimeSpan.FromHours(2));
        var secondAt = _owner.Now;
        var reached = await ticket.Do("callback", new { reached = true, rating = 4, note = "已修好" });

        Assert.Equal((TicketStatus.Closed, 2, (int?)4, (string?)"已修好"), (reached.Status, reached.Feedback!.Attempts, reached.Feedback.Rating, reached.Feedback.Comment));
        Assert.Equal(new TimelineEntry(secondAt, agent, "callback", "owner reached; rating 4; 已修好"), (await _owner.Grain(ticket).GetTimeline()).Last());
    }
}
