using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Hotline.Reporting.Tests.Support;
using Hotline.TestKit;

namespace Hotline.Reporting.Tests.Analyses;

/// <summary>
/// A8.1.4: the analysis lists the week's major complaints (the red warnings raised, the complaints QualityDept marked),
/// the penalties booked and the late weekly summaries, on the test's own projects.
/// </summary>
[Collection(ReportingCollection.Name)]
public sealed class WeeklyAnalysisMajorComplaintTests(ReportingFixture fixture)
{
    [Fact]
    public async Task A8_1_4_analysis_lists_the_weeks_red_warnings_marked_major_complaints_penalties_and_late_summaries()
    {
        var week = fixture.WeekOfNow();
        var before = await fixture.Analysis(week, query: "?draft=true");

        // A11.3.3: 2 of a project's 40 households on one issue is 5%: a red incident.
        var red = await fixture.NewProject(households: 40);
        var first = await fixture.Host.ClientAs(Reports.Agent).Register(new { kind = "Complaint", projectId = red, text = "地下車庫漏水", location = "車庫", household = "g-1" });
        await fixture.Host.ClientAs(Reports.Agent).Register(new { kind = "Complaint", projectId = red, text = "地下車庫漏水", location = "車庫", household = "g-2" });
        var raised = await Eventually.Get(() => fixture.Analysis(week, query: "?draft=true"), a => a.Row("redWarnings", red, "projectId") is not null);
        var warning = raised.Row("redWarnings", red, "projectId")!.Value;
        Assert.Equal(("ProjectSameIssue", Demo.North), (warning.GetProperty("trigger").GetString(), warning.GetProperty("branchId").GetString()));

        // A11.r: verified by the call-center supervisor and QualityDept's head: the ledger books 1.0 point (RedPoints) against branch north this week.
        foreach (var verifier in new[] { Demo.Supervisor, Demo.QualityHead })
        {
            using var verified = await fixture.Host.ClientAs(verifier).PostAsJsonAsync($"/api/warnings/{warning.GetProperty("warningId").GetGuid()}/verify", new { });
            Assert.Equal(HttpStatusCode.OK, verified.StatusCode);
        }

        // QualityDept marks one complaint major.
        using var marked = await fixture.Host.ClientAs(Support.Analyses.QualityStaff).PostAsJsonAsync("/api/reports/major-complaints", new { ticketId = first.Id, reason = "車庫水浸，業主車輛受損" });
        Assert.Equal(HttpStatusCode.Created, marked.StatusCode);

        // Weekly summaries of two projects of this test: one late (its correction signed since), one on time.
        var late = await fixture.NewProject();
        var onTime = await fixture.NewProject();
        var now = fixture.Clock.GetUtcNow();
        var signedAt = new DateTimeOffset(now.Ticks - (now.Ticks % TimeSpan.TicksPerSecond), TimeSpan.Zero).AddMinutes(-30); // whole seconds: stored as microseconds
        await fixture.Summary(late, week, 1, late: true, replaced: true, signedAt: null);
        await fixture.Summary(late, week, 2, late: false, replaced: false, signedAt: signedAt);
        await fixture.Summary(onTime, week, 1, late: false, replaced: false, signedAt: signedAt);

        var after = await Eventually.Get(() => fixture.Analysis(week, query: "?draft=true"), a => Penalty(a, "red") - Penalty(before, "red") == 1);

        Assert.Equal(1.0m, Points(after) - Points(before));
        Assert.Equal(1, after.Row("warningsByLevel", "Red").Long("thisWeek") - before.Row("warningsByLevel", "Red").Long("thisWeek"));
        var major = after.Row("majorComplaints", first.Id.ToString(), "ticketId")!.Value;
        Assert.Equal(("車庫水浸，業主車輛受損", red), (major.GetProperty("reason").GetString(), major.GetProperty("projectId").GetString()));
        var lateRow = after.Row("lateSummaries", late, "projectId")!.Value;
        Assert.Equal(signedAt, lateRow.GetProperty("signedAt").GetDateTimeOffset());
        Assert.Null(after.Row("lateSummaries", onTime, "projectId"));
    }

    private static long Penalty(JsonElement view, string level) =>
        view.GetProperty("analysis").GetProperty("penalties").EnumerateArray()
            .Where(p => p.GetProperty("branchId").GetString() == Demo.North).Sum(p => p.GetProperty(level).GetInt64());

    private static decimal Points(JsonElement view) =>
        view.GetProperty("analysis").GetProperty("penalties").EnumerateArray()
            .Where(p => p.GetProperty("branchId").GetString() == Demo.North).Sum(p => p.GetProperty("points").GetDecimal());
}
