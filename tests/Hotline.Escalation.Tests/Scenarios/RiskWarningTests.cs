using System.Net;
using System.Net.Http.Json;
using Hotline.Escalation.Contracts;
using Hotline.Escalation.Tests.Support;
using Hotline.TestKit;

namespace Hotline.Escalation.Tests.Scenarios;

/// <summary>Issue 10 item 13 (A11.4): a dismissed risk warning neither blocks a new one nor keeps the ticket red.</summary>
[Collection(EscalationCollection.Name)]
public sealed class RiskWarningTests(EscalationFixture fixture)
{
    private readonly WarningDriver _warnings = new(fixture);

    [Fact]
    public async Task A11_4_a_dismissed_risk_warning_leaves_the_tickets_level_and_a_new_risk_with_a_new_reason_is_raised()
    {
        var ticket = await fixture.Http.Register(TicketApi.Complaint("業主揚言群訪：外牆脫落"));
        (await Risk(ticket.Id, "業主聯繫了電視台")).EnsureSuccessStatusCode();
        var first = Assert.Single((await fixture.Http.GetTicket(ticket.Id)).Warnings);

        // While the red is live, a second one is refused for that reason, not for the ticket's state.
        var refused = await Risk(ticket.Id, "再次威脅");
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        var problem = await WarningDriver.Problem(refused);
        Assert.Contains("live red warning", problem.GetProperty("detail").GetString());
        Assert.Equal("RedWarningLive", problem.GetProperty("reason").GetString());

        await _warnings.Do(first, "dismiss", new { personId = Demo.QualityHead, role = "QualityDeptHead", reason = "電視台未跟進" });
        await _warnings.Do(first, "dismiss", new { personId = Demo.Supervisor, role = "CallCenterSupervisor", reason = "業主已平息" });

        var calm = await fixture.Http.GetTicket(ticket.Id);
        Assert.Null(calm.WarningLevel);
        var timeline = await fixture.Http.GetFromJsonAsync<System.Text.Json.JsonElement>($"/api/tickets/{ticket.Id}/timeline");
        Assert.Contains(timeline.GetProperty("entries").EnumerateArray(), e => e.GetProperty("action").GetString() == "warning-dismissed");

        var again = await Risk(ticket.Id, "業主組織了二十戶聯名信");
        Assert.True(again.StatusCode == HttpStatusCode.OK, await again.Content.ReadAsStringAsync());
        var red = await fixture.Http.GetTicket(ticket.Id);
        Assert.Equal("Red", red.WarningLevel);
        Assert.Equal(2, red.Warnings.Length);
        var second = await _warnings.Get(red.Warnings[1]);
        Assert.NotEqual(first, second.Id);
        Assert.Equal((WarningStatus.Raised, "業主組織了二十戶聯名信"), (second.Status, second.Reason));
        Assert.Equal(WarningStatus.Dismissed, (await _warnings.Get(first)).Status);
    }

    private Task<HttpResponseMessage> Risk(Guid ticketId, string reason) =>
        fixture.Http.PostAsJsonAsync($"/api/tickets/{ticketId}/raise-risk-warning", new { personId = "cc-agent-1", role = "CallCenterAgent", reason });
}
