using System.Net.Http.Json;
using Hotline.Notifications.Contracts;
using Hotline.Notifications.Tests.Support;
using Hotline.TestKit;
using Hotline.Tickets.Contracts;

namespace Hotline.Notifications.Tests.Tickets;

/// <summary>
/// A10.1.3.1, A9.2.2: the project hears of a ticket when it is dispatched, not five minutes before its start limit.
/// No clock moves between the dispatch and the check: the items are there when the dispatch answers.
/// </summary>
[Collection(NotificationCollection.Name)]
public sealed class TicketArrivalTests(NotificationFixture fixture)
{
    private const string NightLiaison = "sunrise-liaison-night";

    private InboxDriver Inboxes => new(fixture);

    [Fact]
    public async Task A10_1_3_1_and_A9_2_2_dispatch_by_day_tells_the_liaison_and_the_project_manager_at_once()
    {
        BusinessClock.AdvanceToNext(fixture.Clock, 10);

        var ticket = await Register(Demo.Sunrise);

        var liaison = Assert.Single(await Arrivals(Demo.SunriseLiaison, ticket.Id));
        Assert.Null(liaison.OnBehalfOf);
        Assert.Equal(fixture.Clock.GetUtcNow(), liaison.At);
        Assert.Contains(ticket.Id.ToString("N"), liaison.Title, StringComparison.Ordinal);
        Assert.Null(Assert.Single(await Arrivals(Demo.SunriseManager, ticket.Id)).OnBehalfOf);
        Assert.Empty(await Arrivals(NightLiaison, ticket.Id));
    }

    [Fact]
    public async Task A10_1_3_1_dispatch_at_night_tells_the_on_duty_night_liaison_not_the_day_liaison()
    {
        BusinessClock.AdvanceToNext(fixture.Clock, 22);

        var ticket = await Register(Demo.Sunrise);

        Assert.Null(Assert.Single(await Arrivals(NightLiaison, ticket.Id)).OnBehalfOf);
        Assert.Empty(await Arrivals(Demo.SunriseLiaison, ticket.Id));
        Assert.Single(await Arrivals(Demo.SunriseManager, ticket.Id));
    }

    [Fact]
    public async Task A10_1_3_1_transfer_tells_the_new_projects_liaison()
    {
        BusinessClock.AdvanceToNext(fixture.Clock, 11);
        var ticket = await Register(Demo.Sunrise);

        var response = await fixture.Http.PostAsJsonAsync($"/api/tickets/{ticket.Id}/transfer",
            new { personId = "cc-agent-1", projectId = "p-greenhill" });
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());

        Assert.Single(await Arrivals("greenhill-liaison", ticket.Id));
        Assert.Single(await Arrivals("greenhill-manager", ticket.Id));
        Assert.Single(await Arrivals(Demo.SunriseLiaison, ticket.Id));
    }

    [Fact]
    public async Task A10_1_3_1_a_repeated_dispatch_request_leaves_one_item_per_person()
    {
        BusinessClock.AdvanceToNext(fixture.Clock, 12);
        var request = new { requestId = Guid.NewGuid().ToString("N"), kind = "Complaint", projectId = Demo.Sunrise, text = "車庫照明不亮", location = "車庫", registeredBy = "cc-agent-1", householdNotGiven = true };

        var ticket = await fixture.Http.Register(request);
        using var again = await fixture.Http.PostAsJsonAsync("/api/tickets", request);
        Assert.True(again.IsSuccessStatusCode, await again.Content.ReadAsStringAsync());

        Assert.Single(await Arrivals(Demo.SunriseLiaison, ticket.Id));
        Assert.Single(await Arrivals(Demo.SunriseManager, ticket.Id));
    }

    private Task<Ticket> Register(string projectId) =>
        fixture.Http.Register(new { kind = "Complaint", projectId, text = "14號樓消防通道被堵", location = "14號樓", registeredBy = "cc-agent-1", householdNotGiven = true });

    private async Task<List<InboxItem>> Arrivals(string personId, Guid ticketId) =>
        [.. (await Inboxes.Inbox(personId)).Where(i => i.Kind == InboxItemKind.TicketDispatched && i.TicketId == ticketId)];
}
