using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Hotline.Kernel;
using Hotline.Tickets.Contracts;
using Hotline.Tickets.Contracts.Commands;
using Hotline.Tickets.Tests.Scenarios;
using static Hotline.Tickets.Tests.OwnerSide.OwnerSideDriver;

namespace Hotline.Tickets.Tests.OwnerSide;

/// <summary>
/// 催單: an owner chases an open ticket. A valid complaint is handled at once (A10.1.3.3), so an urge reaches the
/// project's on-duty liaison and its manager at once; it may come at most once per Hotline:Tickets:Urge:MinInterval (4 h).
/// </summary>
[Collection(TicketsCollection.Name)]
public sealed class OwnerUrgeTests(AroundTheClockFixture fixture)
{
    private static readonly TimeSpan Interval = TimeSpan.FromHours(4);
    private const string NightLiaison = "sunrise-liaison-night";

    private readonly OwnerSideDriver _owner = new(fixture);

    [Fact]
    public async Task A10_1_3_3_an_urge_is_on_the_timeline_and_tells_the_on_duty_liaison_and_the_manager_at_once()
    {
        AdvanceToNextShanghai(10); // the day liaison's shift (08:00–20:00); the night liaison is off duty
        var ticket = await TicketClient.Register(fixture.Http, text: "7號樓樓道燈不亮");
        var before = await ticket.Do("start");
        var at = _owner.Now;

        var urged = await ticket.Do("urge", new { note = "已經等了一上午" });

        Assert.Equal((at, 1, at + TimeSpan.FromHours(4)), (urged.LastUrgedAt, urged.UrgeCount, urged.NextUrgeAllowedAt));
        Assert.Equal(before.Clocks.ToArray(), urged.Clocks.ToArray()); // an urge moves no clock: the ticket was already being handled at once
        Assert.Equal(new TimelineEntry(at, new Actor("cc-agent-1", "CallCenterAgent"), "urge", "已經等了一上午"), (await _owner.Grain(ticket).GetTimeline()).Last());
        var number = (await fixture.Http.GetAsync($"/api/tickets/{ticket.Id}")).Headers.GetValues("Ticket-Number").Single();
        var liaison = Assert.Single(await Eventually.Get(() => Urged(Demo.SunriseLiaison, ticket.Id), items => items.Count > 0));
        var manager = Assert.Single(await Eventually.Get(() => Urged(Demo.SunriseManager, ticket.Id), items => items.Count > 0));
        foreach (var item in new[] { liaison, manager })
        {
            Assert.Equal(at, item.GetProperty("at").GetDateTimeOffset());
            Assert.Contains($"Ticket {number} ", item.GetProperty("title").GetString(), StringComparison.Ordinal);
            Assert.Contains("已經等了一上午", item.GetProperty("title").GetString(), StringComparison.Ordinal);
        }

        Assert.Empty(await Urged(NightLiaison, ticket.Id));
        Assert.Empty(await Urged("harbour-liaison", ticket.Id));
    }

    [Fact]
    public async Task A10_1_3_3_an_urge_at_night_tells_the_night_liaison_on_duty_not_the_day_liaison()
    {
        var ticket = await _owner.InProgress("7號樓樓道燈不亮");
        AdvanceToNextShanghai(22); // the night liaison's shift (20:00–08:00)

        Assert.True((await _owner.AsOwner(ticket, new Urge(Id(), Owner, null))).Accepted);

        Assert.Single(await Eventually.Get(() => Urged(NightLiaison, ticket.Id), items => items.Count > 0));
        Assert.Single(await Eventually.Get(() => Urged(Demo.SunriseManager, ticket.Id), items => items.Count > 0));
        Assert.Empty(await Urged(Demo.SunriseLiaison, ticket.Id));
    }

    [Fact]
    public async Task A10_1_3_3_an_urge_inside_the_interval_is_429_naming_the_next_allowed_time_then_allowed_after_it()
    {
        var ticket = await _owner.InProgress();
        var first = _owner.Now;
        Assert.True((await _owner.AsOwner(ticket, new Urge(Id(), Owner, null))).Accepted);

        fixture.Clock.Advance(Interval - TimeSpan.FromMinutes(1));
        var early = await ticket.Send("urge", new { note = "怎麼還沒修" });

        Assert.Equal(HttpStatusCode.TooManyRequests, early.StatusCode);
        Assert.Equal("60", early.Headers.GetValues("Retry-After").Single());
        var problem = await early.Problem();
        Assert.Equal(first + Interval, problem.GetProperty("nextAllowedAt").GetDateTimeOffset());
        Assert.Equal(("InProgress", "TooSoon"), (problem.GetProperty("currentState").GetString(), problem.GetProperty("reason").GetString()));
        var owners = await _owner.AsOwner(ticket, new Urge(Id(), Owner, "再催一次"));
        Assert.Equal((false, first + Interval, RefusalReason.TooSoon), (owners.Accepted, owners.NotBefore, owners.Reason));
        Assert.Equal(1, (await ticket.Get()).UrgeCount);

        fixture.Clock.Advance(TimeSpan.FromMinutes(1));
        var again = await _owner.AsOwner(ticket, new Urge(Id(), Owner, "再催一次"));

        Assert.True(again.Accepted, again.Rejection);
        Assert.Equal((first + Interval, 2), (again.Ticket!.LastUrgedAt, again.Ticket.UrgeCount));
        Assert.Equal([(Owner, (string?)null), (Owner, "再催一次")],
            (await _owner.Grain(ticket).GetTimeline()).Where(e => e.Action == "urge").Select(e => (e.Actor, e.Note)));
    }

    [Fact]
    public async Task A10_1_3_3_inside_the_interval_the_ticket_does_not_list_urge_as_allowed_now_and_lists_it_again_after()
    {
        var ticket = await _owner.InProgress();
        var grain = _owner.Grain(ticket);
        Assert.Contains(TicketCommands.Urge, await grain.GetAllowedCommands());
        Assert.True((await _owner.AsOwner(ticket, new Urge(Id(), Owner, null))).Accepted);

        // What callers are told the ticket accepts (a page offers forms from it) leaves out the urge the grain would refuse.
        fixture.Clock.Advance(Interval - TimeSpan.FromMinutes(1));
        Assert.DoesNotContain(TicketCommands.Urge, await grain.GetAllowedCommands());
        Assert.Contains(TicketCommands.Resolve, await grain.GetAllowedCommands());
        var early = await _owner.AsOwner(ticket, new Urge(Id(), Owner, null));
        Assert.DoesNotContain(TicketCommands.Urge, early.AllowedCommands);

        fixture.Clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Contains(TicketCommands.Urge, await grain.GetAllowedCommands());
    }

    [Fact]
    public async Task A10_1_3_3_a_closed_ticket_is_not_urged_409_with_its_state()
    {
        var ticket = await _owner.Resolved();
        await (await ticket.Send("urge")).AssertConflict("Resolved");
        await ticket.Do("callback", new { reached = true, rating = 5 });

        await (await ticket.Send("urge")).AssertConflict("Closed");
        var outcome = await _owner.AsOwner(ticket, new Urge(Id(), Owner, null));
        Assert.Equal((false, TicketStatus.Closed), (outcome.Accepted, outcome.CurrentStatus));
    }

    [Fact]
    public async Task A10_1_3_3_an_invalid_complaint_is_not_urged_409_with_its_state()
    {
        var ticket = await TicketClient.Register(fixture.Http, text: "要求物業賠償私家車刮痕");
        await ticket.Do("file-statement", new { reason = "車輛刮痕非物業責任" });
        var invalid = await ticket.Do("review-statement", new { accepted = true });
        Assert.Equal(TicketStatus.Invalid, invalid.Status);

        await (await ticket.Send("urge")).AssertConflict("Invalid");
    }

    [Fact]
    public async Task A10_2_3_an_undecided_suggestion_can_be_urged()
    {
        var ticket = await TicketClient.Register(fixture.Http, kind: "Suggestion", text: "建議小區增設充電樁");

        var urged = await ticket.Do("urge");

        Assert.Equal(1, urged.UrgeCount);
        Assert.Equal(TicketStatus.Dispatched, urged.Status);
    }

    private async Task<List<JsonElement>> Urged(string personId, Guid ticketId)
    {
        var page = await fixture.Http.GetFromJsonAsync<JsonElement>($"/api/inbox?personId={personId}&kind=Urged&limit=200");
        return [.. page.GetProperty("items").EnumerateArray().Where(i => i.GetProperty("ticketId").GetString() == ticketId.ToString())];
    }

    /// <summary>Moves the shared clock forward to the next <paramref name="hour"/>:00 in Shanghai (never back).</summary>
    private void AdvanceToNextShanghai(int hour)
    {
        var now = TimeZoneInfo.ConvertTime(fixture.Clock.GetUtcNow(), Demo.Zone);
        var target = new DateTimeOffset(now.Date.AddHours(hour), now.Offset);
        fixture.Clock.Advance(target > now ? target - now : target.AddDays(1) - now);
    }
}
