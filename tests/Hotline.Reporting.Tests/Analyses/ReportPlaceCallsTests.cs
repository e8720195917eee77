using System.Net;
using Hotline.Reporting.Tests.Support;

namespace Hotline.Reporting.Tests.Analyses;

/// <summary>
/// Drafting a week's summaries and computing a weekly analysis read the organisation's places from the silo's copy
/// (re-read only when the staff directory's version moves): once that copy is read, neither calls a branch or project
/// grain. Past weeks (drafting refuses a week under way); the clock does not move, so the version does not either.
/// </summary>
public sealed class ReportPlaceCallsTests(PlaceCallsFixture fixture) : IClassFixture<PlaceCallsFixture>
{
    [Fact]
    public async Task A10_1_3_4_and_A8_1_4_draft_and_analysis_call_no_branch_or_project_grain_once_the_places_are_read()
    {
        // The first report at this version reads the copy (one call per branch and per project).
        await fixture.Host.Draft("2026-W40");
        await Analysis("2026-W40");
        var before = fixture.PlaceCalls.Calls;

        await fixture.Host.Draft("2026-W41");
        await Analysis("2026-W41");
        await Analysis("2026-W42");

        Assert.Equal(before, fixture.PlaceCalls.Calls);
    }

    private async Task Analysis(string week)
    {
        using var response = await fixture.Host.ClientAs(Support.Analyses.QualityStaff).GetAsync($"/api/reports/weekly-analyses/{week}?draft=true");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
