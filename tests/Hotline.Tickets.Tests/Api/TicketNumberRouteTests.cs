using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Hotline.TestKit;
using Hotline.Tickets.Api;
using Hotline.Tickets.Contracts;
using Hotline.Tickets.Queries;

namespace Hotline.Tickets.Tests.Api;

/// <summary>Item 14: the short number a caller reads over the phone stands wherever the ticket's id does.</summary>
[Collection(TicketsCollection.Name)]
public sealed class TicketNumberRouteTests(AroundTheClockFixture fixture)
{
    [Fact]
    public async Task Register_AnswersWithTheTicketNumber_ThatReadsTheTicketWithOrWithoutLeadingZeros()
    {
        var (ticket, number) = await Register("5號樓門禁卡失靈");

        var full = await fixture.Http.GetFromJsonAsync<Ticket>($"/api/tickets/{number}", TicketApi.Json);
        var bare = await fixture.Http.GetFromJsonAsync<Ticket>($"/api/tickets/{long.Parse(number)}", TicketApi.Json);

        Assert.Matches("^[0-9]{6,}$", number);
        Assert.Equal((ticket.Id, ticket.Id), (full!.Id, bare!.Id));
    }

    [Fact]
    public async Task Number_StandsForTheIdInTimelineAndCommandRoutes()
    {
        var (ticket, number) = await Register("7號樓水管爆了");

        var started = await fixture.Http.PostAsJsonAsync($"/api/tickets/{number}/start?personId=sunrise-liaison", new { });
        var timeline = await fixture.Http.GetFromJsonAsync<JsonElement>($"/api/tickets/{number}/timeline");

        Assert.Equal(HttpStatusCode.OK, started.StatusCode);
        Assert.Equal(number, started.Headers.GetValues(TicketNumberRoutes.HeaderName).Single());
        Assert.Equal(TicketStatus.Started, (await fixture.Http.GetTicket(ticket.Id)).Status);
        Assert.Equal(ticket.Id, timeline.GetProperty("ticketId").GetGuid());
    }

    [Fact]
    public async Task Number_NoTicketHasIt_Is404()
    {
        var response = await fixture.Http.GetAsync("/api/tickets/999999999999");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Search_ByNumber_FindsTheTicket()
    {
        var (ticket, number) = await Register("車庫燈不亮");

        var page = await fixture.Http.GetFromJsonAsync<TicketPage>($"/api/tickets?q={number}", TicketApi.Json);

        var row = Assert.Single(page!.Items, r => r.Id == ticket.Id);
        Assert.Equal(number, row.Number);
    }

    private async Task<(Ticket Ticket, string Number)> Register(string text)
    {
        var response = await fixture.Http.PostAsJsonAsync("/api/tickets", TicketApi.Complaint(text));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var ticket = (await response.Content.ReadFromJsonAsync<Ticket>(TicketApi.Json))!;
        return (ticket, response.Headers.GetValues(TicketNumberRoutes.HeaderName).Single());
    }
}
