using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Hotline.Reporting.Tests.Support;
using Hotline.TestKit;

namespace Hotline.Reporting.Tests.Overview;

/// <summary>
/// A11.3 in the live view's answer: every same-issue key at or over the line is listed, then the largest below it,
/// ?issues= of them; sameIssueKeys counts them all. Three keys of one project of 40 households: the lift (2 households,
/// 5%, reached), the gate lamp and the bins (1 household each, 2.5%).
/// </summary>
[Collection(ReportingCollection.Name)]
public sealed class SameIssueListTests(ReportingFixture fixture)
{
    [Fact]
    public async Task A11_3_Overview_ListsTheKeysAtTheLine_ThenIssuesBelowIt_AndCountsThemAll()
    {
        var project = await fixture.NewProject(households: 40);
        var lift = await fixture.Register(project, "Complaint", household: "1-101");
        await fixture.Register(project, "Complaint", household: "1-102");
        var lamp = await Register(project, "小區門口路燈不亮", "東門", "1-103");
        var bins = await Register(project, "地下車庫垃圾桶滿了沒人清理", "地下車庫", "1-104");
        Assert.Equal(3, new[] { lift.IssueKey, lamp.IssueKey, bins.IssueKey }.Distinct().Count());

        var none = await Overview(project, "&issues=0");
        var one = await Overview(project, "&issues=1");
        var unset = await Overview(project, "");

        Assert.Equal([lift.IssueKey], Keys(none));
        Assert.Equal(3, none.GetProperty("sameIssueKeys").GetInt64());
        Assert.Equal(2, Keys(one).Length);
        Assert.Equal(lift.IssueKey, Keys(one)[0]);
        Assert.Contains(Keys(one)[1], new[] { lamp.IssueKey, bins.IssueKey });
        Assert.Equal(3, Keys(unset).Length); // default 20 below the line: all three
        Assert.Equal(3, unset.GetProperty("sameIssueKeys").GetInt64());
    }

    [Theory]
    [InlineData("-1")]
    [InlineData("1001")]
    [InlineData("many")]
    public async Task A11_3_Overview_BadIssues_Is400NamingIssues(string issues)
    {
        using var response = await fixture.Host.ClientAs(Demo.QualityHead).GetAsync($"/api/reports/overview?scope=company&issues={issues}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty("issues", out _));
    }

    private Task<Hotline.Tickets.Contracts.Ticket> Register(string project, string text, string location, string household) =>
        fixture.Host.ClientAs(Reports.Agent).Register(new
        {
            requestId = Guid.NewGuid().ToString("N"), kind = "Complaint", projectId = project, text, location, household,
        });

    private async Task<JsonElement> Overview(string project, string issues) =>
        await fixture.Host.ClientAs(Demo.QualityHead).GetFromJsonAsync<JsonElement>($"/api/reports/overview?scope=project:{project}{issues}");

    private static string[] Keys(JsonElement overview) =>
        [.. overview.GetProperty("sameIssues").EnumerateArray().Select(s => s.GetProperty("issueKey").GetString()!)];
}
