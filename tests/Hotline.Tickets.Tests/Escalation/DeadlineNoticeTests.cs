using System.Net.Http.Json;
using System.Text.Json;
using Hotline.TestKit;
using Hotline.Tickets.Tests.Scenarios;

namespace Hotline.Tickets.Tests.Escalation;

/// <summary>A deadline about to pass reaches the project's liaison and manager, once, before it is breached.</summary>
[Collection(TicketsCollection.Name)]
public sealed class DeadlineNoticeTests(AroundTheClockFixture fixture)
{
    [Fact]
    public async Task DeadlineSoon_StartClockWithinLeadTime_NotifiesLiaisonAndManagerExactlyOnce()
    {
        var ticket = await TicketClient.Register(fixture.Http, text: "14號樓消防通道被堵");
        var key = ticket.Id.ToString("N");

        await Eventually.Get(() => Notices("sunrise-liaison", key), n => n.Count > 0, fixture.Clock, TimeSpan.FromMinutes(1));
        var noticedAt = fixture.Clock.GetUtcNow();
        fixture.Clock.Advance(TimeSpan.FromMinutes(30));
        // The ticket's tick after the move (its start clock's breach) has been processed: a second notice would be in by now.
        await ReminderRows.Settled(fixture, ticket.Id);

        var liaison = await Notices("sunrise-liaison", key);
        var manager = await Notices("sunrise-manager", key);
        Assert.Single(liaison, n => n.GetProperty("title").GetString()!.StartsWith("Start", StringComparison.Ordinal));
        Assert.Single(manager, n => n.GetProperty("title").GetString()!.StartsWith("Start", StringComparison.Ordinal));
        Assert.Empty(await Notices("harbour-liaison", key));
        var start = (await ticket.Get()).Clocks.Single(c => c.Kind == Contracts.ClockKind.Start);
        Assert.True(noticedAt < start.DueAt + TimeSpan.FromMinutes(1), "the notice comes before the deadline, not after");
    }

    private async Task<List<JsonElement>> Notices(string personId, string ticketKey)
    {
        var inbox = await fixture.Http.GetFromJsonAsync<JsonElement>($"/api/inbox?personId={personId}");
        var items = inbox.ValueKind == JsonValueKind.Array ? inbox : inbox.GetProperty("items");
        return [.. items.EnumerateArray().Where(i => i.GetProperty("kind").GetString() == "DeadlineSoon" && i.GetProperty("id").GetString()!.StartsWith(ticketKey, StringComparison.Ordinal))];
    }
}
