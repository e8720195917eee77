using System.Net.Http.Json;
using Hotline.Notifications.Contracts;
using Hotline.Notifications.Tests.Support;
using Hotline.TestKit;
using Hotline.Tickets.Contracts;

namespace Hotline.Notifications.Tests.Tickets;

/// <summary>A10.3.2–5: the unit's plan and completion time are reported to QualityDept and the call center when they are reported.</summary>
[Collection(NotificationCollection.Name)]
public sealed class PlanReportedTests(NotificationFixture fixture)
{
    private const string QualityStaff = "qd-staff";
    private const string Line = "cs-hotline";

    private InboxDriver Inboxes => new(fixture);

    [Fact]
    public async Task A10_3_2_reported_plan_reaches_QualityDept_and_the_call_center_supervisor_at_once()
    {
        BusinessClock.AdvanceToNext(fixture.Clock, 10);
        var ticket = await TicketWithPlan();

        var quality = Assert.Single(await Plans(QualityStaff, ticket.Id));
        Assert.Null(quality.OnBehalfOf);
        Assert.Contains("2026", quality.Title, StringComparison.Ordinal); // names the promised completion time
        Assert.Null(Assert.Single(await Plans(Demo.Supervisor, ticket.Id)).OnBehalfOf);
        Assert.Empty(await Plans(Line, ticket.Id));
    }

    [Fact]
    public async Task A10_3_2_and_A8_1_3_plan_reported_after_QualityDept_hours_goes_to_the_24_hour_line_for_QualityDept()
    {
        // 18:00 is outside 08:30–17:30: QualityDept's staff are off duty and nobody of their role is on.
        BusinessClock.AdvanceToNext(fixture.Clock, 18);
        var ticket = await TicketWithPlan();

        Assert.Empty(await Plans(QualityStaff, ticket.Id));
        Assert.Equal(QualityStaff, Assert.Single(await Plans(Line, ticket.Id)).OnBehalfOf);
        Assert.Single(await Plans(Demo.Supervisor, ticket.Id));
    }

    private async Task<Ticket> TicketWithPlan()
    {
        var ticket = await fixture.Http.Register(new { kind = "Complaint", projectId = Demo.Sunrise, text = "5號樓電梯門關不上", location = "5號樓", registeredBy = "cc-agent-1", householdNotGiven = true });
        await Send(ticket.Id, "start", new { });
        await Send(ticket.Id, "contact", new { department = "EngineeringDept", plan = "更換門機" });
        await Send(ticket.Id, "report-plan", new { completionDueAt = fixture.Clock.GetUtcNow().AddDays(2), plan = "週五前更換門機" });
        return ticket;
    }

    private async Task Send(Guid ticketId, string command, object body)
    {
        var fields = System.Text.Json.JsonSerializer.SerializeToElement(body).EnumerateObject().ToDictionary(p => p.Name, p => (object?)p.Value);
        fields["personId"] = Demo.SunriseLiaison;
        using var response = await fixture.Http.PostAsJsonAsync($"/api/tickets/{ticketId}/{command}", fields);
        Assert.True(response.IsSuccessStatusCode, $"{command}: {await response.Content.ReadAsStringAsync()}");
    }

    private async Task<List<InboxItem>> Plans(string personId, Guid ticketId) =>
        [.. (await Inboxes.Inbox(personId)).Where(i => i.Kind == InboxItemKind.TicketPlanReported && i.TicketId == ticketId)];
}
