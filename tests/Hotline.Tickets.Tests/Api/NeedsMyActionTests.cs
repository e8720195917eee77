using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Hotline.TestKit;
using Hotline.Tickets.Queries;

namespace Hotline.Tickets.Tests.Api;

/// <summary>Item 14: "needs my action" lists the tickets whose next step is the caller's, within their scope.</summary>
[Collection(TicketsCollection.Name)]
public sealed class NeedsMyActionTests(AroundTheClockFixture fixture)
{
    [Fact]
    public async Task NeedsMyAction_DispatchedTicket_IsTheLiaisonsAndNotTheAgents()
    {
        var ticket = await fixture.Http.Register(TicketApi.Complaint("11號樓外牆脫落"));

        var liaison = await Page("needsMyAction=true&personId=sunrise-liaison");
        var otherLiaison = await Page("needsMyAction=true&personId=harbour-liaison");
        var agent = await Page("needsMyAction=true&personId=cc-agent-1");

        var row = Assert.Single(liaison.Items, r => r.Id == ticket.Id);
        Assert.Equal((TicketAssignee.Unit, "EngineeringDept"), (row.Assignee, row.ResponsibleDepartment));
        Assert.DoesNotContain(otherLiaison.Items, r => r.Id == ticket.Id);
        Assert.DoesNotContain(agent.Items, r => r.Id == ticket.Id);
    }

    [Theory]
    [InlineData("warningLevel=Purple", "warningLevel")]
    [InlineData("assignee=owner", "assignee")]
    [InlineData("needsMyAction=yes", "needsMyAction")]
    public async Task List_BadNewFilter_Is400NamingTheParameter(string query, string parameter)
    {
        var response = await fixture.Http.GetAsync($"/api/tickets?{query}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.Equal([parameter], errors.EnumerateObject().Select(p => p.Name));
    }

    private async Task<TicketPage> Page(string query) =>
        (await fixture.Http.GetFromJsonAsync<TicketPage>($"/api/tickets?{query}&pageSize=200", TicketApi.Json))!;
}
