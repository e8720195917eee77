using Hotline.Reporting.Tests.Support;
using Hotline.Reporting.Weeks;
using Npgsql;

namespace Hotline.Reporting.Tests.Analyses;

/// <summary>
/// A11.3.2 in the weekly analysis: the company's same problem is counted as the company's counters count it, over the
/// counting window (30 days) and by its company-wide key: one row for a problem of the whole estate reported in two
/// projects (households added up, a household being one per project), one row per project for a located problem.
/// Reports are written as the projects write them (<c>same_issue_reports</c>, migrations 0011 and 0014), on keys and
/// projects of this test's own.
/// </summary>
[Collection(ReportingCollection.Name)]
public sealed class WeeklyAnalysisIssueKeyTests(ReportingFixture fixture)
{
    [Fact]
    public async Task A11_3_2_TopIssueKeys_OneRowPerCompanyKey_HouseholdsSummedOverProjects_CountedOverTheWindow()
    {
        var week = fixture.WeekOfNow();
        var weekStart = ReportWeek.Of(week, fixture.Calendar()).Period.From;
        var now = fixture.Clock.GetUtcNow();
        var before = await fixture.Analysis(week, query: "?draft=true");
        var topBefore = before.GetProperty("analysis").GetProperty("topIssueKeys").EnumerateArray()
            .Select(k => k.GetProperty("households").GetInt64()).DefaultIfEmpty(0).Max();
        // More households per key than any key had: this test's keys are the first three.
        var n = (int)topBefore + 5;
        var tag = Guid.NewGuid().ToString("N")[..8];
        var (a, b) = ($"p-si-a-{tag}", $"p-si-b-{tag}");
        var whole = $"engineering/lift-{tag}";                 // a problem of the whole estate: company key = issue key
        var located = $"engineering/gate-{tag}/east-gate";     // a located problem: company key = issue key @ project

        for (var i = 1; i <= n; i++)
        {
            await Report(whole, whole, a, $"1-{i}", now.AddMinutes(-1));                 // this week
            await Report(whole, whole, b, $"1-{i}", weekStart.AddDays(-10));             // 10 days before the week: in the window
            await Report(located, $"{located}@{a}", a, $"2-{i}", now.AddMinutes(-1));
            if (i < n)
                await Report(located, $"{located}@{b}", b, $"2-{i}", now.AddMinutes(-1));
        }

        await Report(whole, whole, a, "1-1", now.AddMinutes(-1));                           // the same household again: a ticket, not a household
        await Report(whole, whole, b, "9-9", now.AddDays(-40));                             // outside the 30-day window

        var after = await fixture.Analysis(week, query: "?draft=true");
        var top = after.GetProperty("analysis").GetProperty("topIssueKeys").EnumerateArray().Take(3)
            .Select(k => (k.GetProperty("issueKey").GetString(), k.GetProperty("households").GetInt64(), k.GetProperty("tickets").GetInt64(), k.GetProperty("projects").GetInt64()))
            .ToArray();

        // whole: n households in each project (the same room numbers are other households in the other project) = 2n,
        // 2n + 1 tickets, 2 projects; located: n in a, n - 1 in b, each its own row.
        Assert.Equal(new (string?, long, long, long)[]
        {
            (whole, 2L * n, 2L * n + 1, 2),
            ($"{located}@{a}", n, n, 1),
            ($"{located}@{b}", n - 1, n - 1, 1),
        }, top);
    }

    private async Task Report(string issueKey, string companyKey, string project, string household, DateTimeOffset at)
    {
        await using var connection = new NpgsqlConnection(fixture.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("""
            insert into same_issue_reports (ticket_id, issue_key, company_key, project_id, branch_id, household, household_key, reported_at)
            values (@ticket, @issue_key, @company_key, @project, 'north', @household, upper(@household), @at)
            """, connection);
        command.Parameters.AddWithValue("ticket", Guid.NewGuid());
        command.Parameters.AddWithValue("issue_key", issueKey);
        command.Parameters.AddWithValue("company_key", companyKey);
        command.Parameters.AddWithValue("project", project);
        command.Parameters.AddWithValue("household", household);
        command.Parameters.AddWithValue("at", at);
        await command.ExecuteNonQueryAsync();
    }
}
