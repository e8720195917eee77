using System.Text.Json;
using Hotline.Reporting.Tests.Support;
using Hotline.TestKit;
using Hotline.Tickets.Contracts;

namespace Hotline.Reporting.Tests.Analyses;

/// <summary>
/// A8.1.4: the weekly analysis' totals, trends and top issue keys, on tickets of the test's own projects. The analysis
/// is company-wide and the collection's other tests register tickets too, so company-wide figures are asserted as the
/// change this test made (the collection runs one test at a time), its own projects' rows exactly.
/// </summary>
[Collection(ReportingCollection.Name)]
public sealed class WeeklyAnalysisFigureTests(ReportingFixture fixture)
{
    [Fact]
    public async Task A8_1_4_analysis_counts_the_weeks_tickets_by_project_branch_category_and_channel_against_the_week_before()
    {
        var week = fixture.WeekOfNow();
        var before = await fixture.Analysis(week, query: "?draft=true");
        var topBefore = before.GetProperty("analysis").GetProperty("topIssueKeys").EnumerateArray().Select(k => k.GetProperty("households").GetInt64()).DefaultIfEmpty(0).Max();
        // More households than any key had, and than any other key can reach with this test's 2 other households: first.
        var households = (int)Math.Max(topBefore + 3, 3);
        var project = await fixture.NewProject(households: 100_000);
        var location = $"zone{Guid.NewGuid():N}"[..12];
        string? issueKey = null;
        for (var i = 1; i <= households; i++)
        {
            issueKey = (await Register(project, "Complaint", "engineering", "電梯壞了，困在半路", $"a-{i}", location)).IssueKey;
        }

        await Register(project, "Repair", "cleaning", "樓道很髒", "r-1");
        await Register(project, "Repair", "cleaning", "樓道很髒", "r-2");
        var received = households + 2L;

        var after = await Eventually.Get(() => fixture.Analysis(week, query: "?draft=true"), a => a.Row("byProject", project).Long("thisWeek") == received);

        var row = after.Row("byProject", project)!.Value;
        Assert.Equal((received, 0L, received), (row.GetProperty("thisWeek").GetInt64(), row.GetProperty("previousWeek").GetInt64(), row.GetProperty("change").GetInt64()));
        Assert.Equal(JsonValueKind.Null, row.GetProperty("changeRate").ValueKind);
        Assert.Equal(received, Delta(before, after, "byBranch", Demo.North));
        Assert.Equal(households, Delta(before, after, "byCategory", "engineering"));
        Assert.Equal(2, Delta(before, after, "byCategory", "cleaning"));
        Assert.Equal(received, Total(after, "byChannel") - Total(before, "byChannel"));
        Assert.Equal(received, Received(after) - Received(before));

        // A located problem (its key names a zone) is its project's at company level (A11.3.2): keyed "issue key@project".
        var top = after.GetProperty("analysis").GetProperty("topIssueKeys")[0];
        Assert.Equal(($"{issueKey}@{project}", (long)households, (long)households, 1L),
            (top.GetProperty("issueKey").GetString(), top.GetProperty("households").GetInt64(), top.GetProperty("tickets").GetInt64(), top.GetProperty("projects").GetInt64()));

        // The week after compares with this one: nothing yet this week, all of them the week before (-100%).
        var next = await fixture.Analysis(fixture.WeekAfter(week), query: "?draft=true");
        var trend = next.Row("byProject", project)!.Value;
        Assert.Equal((0L, received, -received, -1.0),
            (trend.GetProperty("thisWeek").GetInt64(), trend.GetProperty("previousWeek").GetInt64(), trend.GetProperty("change").GetInt64(), trend.GetProperty("changeRate").GetDouble()));
        Assert.Equal(week, next.GetProperty("analysis").GetProperty("previousWeek").GetString());
        Assert.Equal(Received(after), next.GetProperty("analysis").GetProperty("received").GetProperty("previousWeek").GetInt64());
    }

    private Task<Ticket> Register(string project, string kind, string category, string text, string household, string? location = null) =>
        fixture.Host.ClientAs(Reports.Agent).Register(new { requestId = Guid.NewGuid().ToString("N"), kind, projectId = project, text, category, household, location });

    private static long Delta(JsonElement before, JsonElement after, string list, string name) =>
        after.Row(list, name).Long("thisWeek") - before.Row(list, name).Long("thisWeek");

    private static long Total(JsonElement view, string list) =>
        view.GetProperty("analysis").GetProperty(list).EnumerateArray().Sum(r => r.GetProperty("thisWeek").GetInt64());

    private static long Received(JsonElement view) => view.GetProperty("analysis").GetProperty("received").GetProperty("thisWeek").GetInt64();
}
