using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Hotline.Reporting.Tests.Support;
using Hotline.TestKit;

namespace Hotline.Reporting.Tests.WeeklySummaries;

/// <summary>A10.1.3.4: a summary is drafted at the start of its week's due day, when the week's figures are complete; never before.</summary>
[Collection(ReportingCollection.Name)]
public sealed class WeeklySummaryDraftTimeTests(ReportingFixture fixture)
{
    [Fact]
    public async Task A10_1_3_4_DraftingAWeekUnderWay_Is409NamingTheWeekAndWhenItMayBeDrafted_AndDraftsNothing()
    {
        // The shared clock is in the week of Friday 2026-11-27 (DemoClock; it only moves by minutes). Week 50 ends on
        // Friday 2026-12-11: drafted from that day's start, 00:00 in Asia/Shanghai (no holidays in this host).
        const string week = "2026-W50";

        using var response = await fixture.Host.ClientAs(Summaries.QualityHead).PostAsync($"/api/reports/weekly-summaries/{week}/draft", null);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        var detail = problem.GetProperty("detail").GetString()!;
        Assert.Contains("2026-W50 may be drafted from 2026-12-11 00:00 (Asia/Shanghai)", detail, StringComparison.Ordinal);
        Assert.Equal(detail, Assert.Single(problem.GetProperty("errors").GetProperty("week").EnumerateArray()).GetString());
        using var summary = await fixture.Host.ClientAs(Summaries.QualityHead).GetAsync(Summaries.Path(Demo.Sunrise, week));
        Assert.Equal(HttpStatusCode.NotFound, summary.StatusCode);
    }
}
