using System.Net.Http.Json;
using System.Text.Json;
using Hotline.Tickets.Tests.Scenarios;

namespace Hotline.Tickets.Tests.Warnings;

/// <summary>A11.1.1 and A11.3.3 end to end: tickets registered over HTTP feed their project's same-issue counts.</summary>
[Collection(TicketsCollection.Name)]
public sealed class SameIssueScenarioTests(AroundTheClockFixture fixture)
{
    [Fact]
    public async Task A11_1_1_same_household_complaining_again_about_the_same_issue_raises_blue()
    {
        var household = $"7-{Random.Shared.Next(1000, 9999)}";
        var first = await fixture.Http.Register(new { kind = "Complaint", projectId = "p-riverside", text = "7號樓樓道燈壞了", household });
        var second = await fixture.Http.Register(new { kind = "Complaint", projectId = "p-riverside", text = "7號樓樓道的燈還是壞的", household });

        Assert.Null((await fixture.Http.GetTicket(first.Id)).WarningLevel);
        var repeated = await fixture.Http.GetTicket(second.Id);
        Assert.Equal(first.IssueKey, second.IssueKey);
        Assert.Equal("Blue", repeated.WarningLevel);
        var warning = await fixture.Http.GetFromJsonAsync<JsonElement>($"/api/warnings/{repeated.Warnings.Single()}");
        Assert.Equal("RepeatComplaint", warning.GetProperty("trigger").GetString());
        Assert.Contains(first.Id.ToString(), warning.GetProperty("rule").GetString());
    }

    [Fact]
    public async Task A11_3_3_one_issue_reaching_5_percent_of_a_projects_households_raises_one_red_incident()
    {
        // p-greenhill has 640 households: 5% is 32.
        var tickets = new List<Guid>();
        for (var i = 1; i <= 33; i++)
        {
            var ticket = await fixture.Http.Register(new { kind = "Complaint", projectId = "p-greenhill", text = "地下車庫漏水", location = "車庫", household = $"g-{i:000}" });
            tickets.Add(ticket.Id);
            var issue = await Issue(ticket.IssueKey);
            Assert.Equal(i < 32, issue.GetProperty("incidentWarningId").ValueKind == JsonValueKind.Null);
        }

        var incident = (await Issue((await fixture.Http.GetTicket(tickets[0])).IssueKey)).GetProperty("incidentWarningId").GetGuid();
        var warning = await fixture.Http.GetFromJsonAsync<JsonElement>($"/api/warnings/{incident}");
        Assert.Equal(("Red", "ProjectSameIssue"), (warning.GetProperty("level").GetString(), warning.GetProperty("trigger").GetString()));
        Assert.Equal(tickets.Order(), warning.GetProperty("subject").GetProperty("linkedTickets").EnumerateArray().Select(t => t.GetGuid()).Order());
    }

    private async Task<JsonElement> Issue(string issueKey)
    {
        var issues = await fixture.Http.GetFromJsonAsync<JsonElement>("/api/organization/projects/p-greenhill/issues");
        return issues.EnumerateArray().Single(i => i.GetProperty("issueKey").GetString() == issueKey);
    }
}
