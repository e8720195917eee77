using System.Net.Http.Json;
using System.Text.Json;
using Hotline.TestKit;
using Hotline.Tickets.Tests.Scenarios;

namespace Hotline.Tickets.Tests.Warnings;

/// <summary>
/// Counts follow the ticket (A11.3.3, A11.3.2, A10.4), end to end: the household a complaint counted moves with a
/// category correction or a transfer, leaves with an invalid complaint, and a building is its own project's.
/// </summary>
[Collection(TicketsCollection.Name)]
public sealed class CountsFollowTicketScenarioTests(AroundTheClockFixture fixture)
{
    [Fact]
    public async Task A11_3_3_category_correction_moves_the_households_count_to_the_new_issue_key()
    {
        var ticket = await Register("p-sunrise");
        var before = (await ticket.Get()).IssueKey;
        Assert.Equal(1, await Households("projects/p-sunrise", before));

        var corrected = await ticket.Do("correct-category", new { category = "security" });

        Assert.NotEqual(before, corrected.IssueKey);
        Assert.Null(await Households("projects/p-sunrise", before));
        Assert.Equal(1, await Households("projects/p-sunrise", corrected.IssueKey));
    }

    [Fact]
    public async Task A11_3_3_transfer_moves_the_households_count_to_the_new_project()
    {
        var ticket = await Register("p-sunrise");
        var key = (await ticket.Get()).IssueKey;

        await ticket.Do("transfer", new { projectId = "p-harbour" });

        Assert.Null(await Households("projects/p-sunrise", key));
        Assert.Equal(1, await Households("projects/p-harbour", key));
        Assert.Null(await Households(null, $"{key}@p-sunrise"));
        Assert.Equal(1, await Households(null, $"{key}@p-harbour"));
    }

    [Fact]
    public async Task A10_4_invalid_complaint_leaves_the_same_issue_count()
    {
        var ticket = await Register("p-sunrise");
        var key = (await ticket.Get()).IssueKey;
        await ticket.Do("start");
        await ticket.Do("file-statement", new { reason = "業主要求不合理" });

        await ticket.Do("review-statement", new { accepted = true, note = "同意" });

        Assert.Null(await Households("projects/p-sunrise", key));
        Assert.Null(await Households(null, $"{key}@p-sunrise"));
    }

    [Fact]
    public async Task A11_3_2_building_3_of_two_projects_is_not_one_company_issue()
    {
        var household = $"3-{Random.Shared.Next(1000, 9999)}";
        var sunrise = await fixture.Http.Register(new { kind = "Complaint", projectId = "p-sunrise", text = "3號樓電梯壞了", location = "3號樓", household });
        var riverside = await fixture.Http.Register(new { kind = "Complaint", projectId = "p-riverside", text = "3號樓電梯壞了", location = "3號樓", household });

        Assert.Equal("engineering/elevator/building-3", sunrise.IssueKey);
        Assert.Equal(sunrise.IssueKey, riverside.IssueKey);
        Assert.Null(await Households(null, sunrise.IssueKey));
        Assert.NotNull(await Households(null, $"{sunrise.IssueKey}@p-sunrise"));
        Assert.NotNull(await Households(null, $"{sunrise.IssueKey}@p-riverside"));
    }

    /// <summary>A complaint of a household of its own, at a place of its own, so its issue key is this test's only.</summary>
    private async Task<TicketClient> Register(string projectId)
    {
        var n = Random.Shared.Next(100000, 999999);
        var ticket = await fixture.Http.Register(new
        {
            kind = "Complaint", projectId, text = "門口很髒", location = $"kiosk{n}", household = $"k-{n}", registeredBy = "cc-agent-1",
        });
        return new TicketClient(fixture.Http, ticket.Id);
    }

    /// <summary>The households counted for <paramref name="key"/> in a project ("projects/id") or the company (null); null when not listed.</summary>
    private async Task<int?> Households(string? scope, string key)
    {
        var issues = await fixture.Http.GetFromJsonAsync<JsonElement>(scope is null ? "/api/organization/issues" : $"/api/organization/{scope}/issues");
        return issues.EnumerateArray().Where(i => i.GetProperty("issueKey").GetString() == key)
            .Select(i => (int?)i.GetProperty("households").GetInt32()).SingleOrDefault();
    }
}
