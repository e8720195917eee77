using System.Net;
using System.Net.Http.Json;
using Hotline.TestKit;
using Hotline.Tickets.Contracts;

namespace Hotline.Tickets.Tests;

[Collection(TicketsCollection.Name)]
public sealed class TicketRegistrationTests(AroundTheClockFixture fixture)
{
    [Fact]
    public async Task Register_ValidComplaint_IsDispatchedWithCategoryIssueKeyAndStartClock()
    {
        var ticket = await fixture.Http.Register(TicketApi.Complaint("3號樓電梯又壞了，有人被困"));

        Assert.Equal(TicketStatus.Dispatched, ticket.Status);
        Assert.Equal("engineering", ticket.Category);
        Assert.Equal("EngineeringDept", ticket.ResponsibleDepartment);
        Assert.Equal("engineering/elevator/building-3", ticket.IssueKey);
        Assert.Equal(Severity.Serious, ticket.Severity);
        Assert.Equal("north", ticket.BranchId);
        var start = Assert.Single(ticket.Clocks);
        Assert.Equal(ClockKind.Start, start.Kind);
        Assert.Equal(fixture.Clock.GetUtcNow(), start.StartedAt);
        Assert.Equal(TimeSpan.FromMinutes(10), start.DueAt - start.StartedAt);
    }

    [Fact]
    public async Task Get_RegisteredTicket_ReturnsLiveStateFromTheGrain()
    {
        var registered = await fixture.Http.Register(TicketApi.Complaint("垃圾桶滿了沒人清理"));

        var read = await fixture.Http.GetTicket(registered.Id);

        Assert.Equal(registered.Id, read.Id);
        Assert.Equal("cleaning", read.Category);
        Assert.Equal(registered.Version, read.Version);
    }

    [Fact]
    public async Task Register_SameRequestTwice_CreatesOneTicket()
    {
        var request = TicketApi.Complaint(requestId: Guid.NewGuid().ToString("N"));

        var first = await fixture.Http.Register(request);
        var second = await fixture.Http.Register(request);

        Assert.Equal(first.Id, second.Id);
        Assert.Equal(first.Version, second.Version);
        Assert.Equal(first.RegisteredAt, second.RegisteredAt);
    }

    [Fact]
    public async Task Register_ExplicitCategoryAndSeverity_OverrideTheSuggestions()
    {
        var ticket = await fixture.Http.Register(new
        {
            kind = "Repair", projectId = "p-harbour", text = "門口的花壇需要修整", category = "landscaping", severity = "Serious", householdNotGiven = true,
        });

        Assert.Equal("landscaping", ticket.Category);
        Assert.Equal(Severity.Serious, ticket.Severity);
        Assert.Equal(TicketKind.Repair, ticket.Kind);
        Assert.Equal("south", ticket.BranchId);
    }

    [Fact]
    public async Task Register_InvalidFields_Returns400NamingEachField()
    {
        var response = await fixture.Http.PostAsJsonAsync("/api/tickets", new
        {
            kind = "Complain", projectId = "no-such-project", text = "  ", category = "plumbing", severity = "urgent",
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Problem()).GetProperty("errors");
        Assert.Contains("Complaint", errors.GetProperty("kind")[0].GetString());
        Assert.Equal("is required", errors.GetProperty("text")[0].GetString());
        Assert.Contains("no-such-project", errors.GetProperty("projectId")[0].GetString());
        Assert.Contains("plumbing", errors.GetProperty("category")[0].GetString());
        Assert.Contains("General", errors.GetProperty("severity")[0].GetString());
    }

    [Fact]
    public async Task Register_TextOverLimit_Returns400NamingText()
    {
        var response = await fixture.Http.PostAsJsonAsync("/api/tickets", new
        {
            kind = "Complaint", projectId = "p-sunrise", text = new string('漏', 4001),
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("4000", (await response.Problem()).GetProperty("errors").GetProperty("text")[0].GetString());
    }

    [Fact]
    public async Task Register_NumericKind_IsRejectedRatherThanGuessed()
    {
        var response = await fixture.Http.PostAsJsonAsync("/api/tickets", new { kind = "2", projectId = "p-sunrise", text = "漏水" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.Problem()).GetProperty("errors").TryGetProperty("kind", out _));
    }

    [Fact]
    public async Task Get_UnknownTicket_Returns404()
    {
        var response = await fixture.Http.GetAsync($"/api/tickets/{Guid.NewGuid()}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Start_DispatchedTicket_MeetsTheStartClock()
    {
        var ticket = await fixture.Http.Register(TicketApi.Complaint());

        var response = await fixture.Http.PostAsJsonAsync($"/api/tickets/{ticket.Id}/start", new { requestId = "s-1", personId = "sunrise-liaison" });

        response.EnsureSuccessStatusCode();
        var started = await fixture.Http.GetTicket(ticket.Id);
        Assert.Equal(TicketStatus.Started, started.Status);
        Assert.NotNull(started.Clocks.Single(c => c.Kind == ClockKind.Start).MetAt);
        Assert.False(started.Clocks.Single(c => c.Kind == ClockKind.Start).Breached);
    }

    [Fact]
    public async Task Start_AlreadyStartedTicket_Returns409NamingTheState()
    {
        var ticket = await fixture.Http.Register(TicketApi.Complaint());
        (await fixture.Http.PostAsJsonAsync($"/api/tickets/{ticket.Id}/start", new { requestId = "a", personId = "sunrise-liaison" })).EnsureSuccessStatusCode();

        var again = await fixture.Http.PostAsJsonAsync($"/api/tickets/{ticket.Id}/start", new { requestId = "b", personId = "sunrise-liaison" });
        var replay = await fixture.Http.PostAsJsonAsync($"/api/tickets/{ticket.Id}/start", new { requestId = "a", personId = "sunrise-liaison" });

        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal("Started", (await again.Problem()).GetProperty("currentState").GetString());
        Assert.Equal(HttpStatusCode.OK, replay.StatusCode);
    }
}
