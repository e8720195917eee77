using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Hotline.Reporting.Tests.Support;
using Hotline.TestKit;

namespace Hotline.Reporting.Tests.Analyses;

/// <summary>A8.1.4: QualityDept releases the week's analysis to the vice-president: frozen, versioned, delivered to the inbox.</summary>
[Collection(ReportingCollection.Name)]
public sealed class WeeklyAnalysisReleaseTests(ReportingFixture fixture)
{
    [Fact]
    public async Task A8_1_4_release_freezes_the_analysis_delivers_it_to_the_vice_president_and_a_release_again_is_a_new_version()
    {
        // The week before the clock's: over, so it may be released.
        var week = fixture.WeekBefore(fixture.WeekOfNow());
        var project = await fixture.NewProject();
        var earlier = (await fixture.Analysis(week)).GetProperty("versions").GetArrayLength();
        var noticesBefore = (await fixture.Inbox(Support.Analyses.VicePresident, Kind)).Count;

        var first = await Release(week, Support.Analyses.QualityStaff);
        Assert.Equal((false, earlier + 1, "qd-staff"), (first.GetProperty("draft").GetBoolean(), first.GetProperty("version").GetInt32(), first.GetProperty("releasedBy").GetString()));
        Assert.True(first.GetProperty("analysis").GetProperty("complete").GetBoolean());
        Assert.Null(first.Row("lateSummaries", project, "projectId"));
        var sha = first.GetProperty("sha256").GetString();
        Assert.Equal(Sha256(first.GetProperty("analysis").GetRawText()), sha);

        var firstItem = $"weekly-analysis/{week}/v{earlier + 1}";
        var told = await Eventually.Get(() => fixture.Inbox(Support.Analyses.VicePresident, Kind), items => items.Any(i => i.GetProperty("id").GetString() == firstItem));
        // One notice: the inbox keeps one item per id, so it is the count of the kind that would show a second one.
        Assert.Equal(noticesBefore + 1, told.Count);
        Assert.StartsWith($"【品質部週分析 · 報分管領導】{week}{Edition(earlier + 1)}：", told.Single(i => i.GetProperty("id").GetString() == firstItem).GetProperty("title").GetString(), StringComparison.Ordinal);
        var shown = await fixture.Analysis(week, Support.Analyses.VicePresident);
        Assert.Equal((earlier + 1, sha), (shown.GetProperty("version").GetInt32(), shown.GetProperty("sha256").GetString()));

        // The project's summary of that week turns out late; a release again is a new version beside the old, which
        // stays as it was and shows replaced.
        await fixture.Summary(project, week, 1, late: true, replaced: false, signedAt: null);
        var second = await Release(week, Demo.QualityHead);
        Assert.Equal(earlier + 2, second.GetProperty("version").GetInt32());
        Assert.NotNull(second.Row("lateSummaries", project, "projectId"));
        Assert.Equal([(earlier + 2, false), (earlier + 1, true)],
            second.GetProperty("versions").EnumerateArray().Take(2).Select(v => (v.GetProperty("version").GetInt32(), v.GetProperty("replaced").GetBoolean())));

        var old = await fixture.Analysis(week, Support.Analyses.VicePresident, $"?version={earlier + 1}");
        Assert.Equal((true, sha), (old.GetProperty("replaced").GetBoolean(), old.GetProperty("sha256").GetString()));
        Assert.Null(old.Row("lateSummaries", project, "projectId"));
        using var page = await fixture.Host.ClientAs(Support.Analyses.VicePresident).GetAsync($"/api/reports/weekly-analyses/{week}?version={earlier + 1}&format=csv");
        Assert.Contains($"第 {earlier + 1} 版", await page.Content.ReadAsStringAsync());
        var secondItem = $"weekly-analysis/{week}/v{earlier + 2}";
        var items = await Eventually.Get(() => fixture.Inbox(Support.Analyses.VicePresident, Kind), all => all.Any(i => i.GetProperty("id").GetString() == secondItem));
        // The new version is one new notice, naming itself the replacement; the first release is not told again.
        Assert.Equal(noticesBefore + 2, items.Count);
        Assert.Equal(new[] { firstItem, secondItem }.Order(StringComparer.Ordinal), items.Select(i => i.GetProperty("id").GetString()).Where(id => id == firstItem || id == secondItem).Order(StringComparer.Ordinal));
        Assert.StartsWith($"【品質部週分析 · 報分管領導】{week}（第 {earlier + 2} 版，取代前版）：", items.Single(i => i.GetProperty("id").GetString() == secondItem).GetProperty("title").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A8_1_4_a_week_under_way_is_not_released_but_its_live_draft_is_shown()
    {
        var week = fixture.WeekOfNow();

        using var response = await fixture.Host.ClientAs(Support.Analyses.QualityStaff).PostAsJsonAsync($"/api/reports/weekly-analyses/{week}/release", new { });

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        var draft = await fixture.Analysis(week);
        Assert.Equal((true, false), (draft.GetProperty("draft").GetBoolean(), draft.GetProperty("analysis").GetProperty("complete").GetBoolean()));
        Assert.Equal(0, draft.GetProperty("versions").GetArrayLength());
    }

    [Theory]
    [InlineData("cc-agent-1")]
    [InlineData("vp")]
    [InlineData("gm")]
    [InlineData("north-head")]
    [InlineData("sunrise-liaison")]
    public async Task A8_1_4_only_QualityDept_releases_the_weekly_analysis(string person)
    {
        using var response = await fixture.Host.ClientAs(person).PostAsJsonAsync($"/api/reports/weekly-analyses/{fixture.WeekOfNow()}/release", new { });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Theory]
    [InlineData("gm", HttpStatusCode.OK)]
    [InlineData("qd-head", HttpStatusCode.OK)]
    [InlineData("north-head", HttpStatusCode.Forbidden)]
    [InlineData("cc-supervisor", HttpStatusCode.Forbidden)]
    public async Task A8_1_4_QualityDept_and_leadership_read_the_weekly_analysis(string person, HttpStatusCode expected)
    {
        using var response = await fixture.Host.ClientAs(person).GetAsync($"/api/reports/weekly-analyses/{fixture.WeekOfNow()}");

        Assert.Equal(expected, response.StatusCode);
    }

    [Fact]
    public async Task A8_1_4_a_week_that_is_not_a_week_is_a_problem_naming_week()
    {
        using var response = await fixture.Host.ClientAs(Support.Analyses.QualityStaff).GetAsync("/api/reports/weekly-analyses/2026-W99");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["week"], (await response.Problem()).GetProperty("errors").EnumerateObject().Select(e => e.Name));
    }

    private async Task<JsonElement> Release(string week, string person)
    {
        using var response = await fixture.Host.ClientAs(person).PostAsJsonAsync($"/api/reports/weekly-analyses/{week}/release", new { });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private const string Kind = "WeeklyAnalysisReleased";

    /// <summary>How a notice names its version: the first plainly, a later one as the replacement of the one before.</summary>
    private static string Edition(int version) => version == 1 ? "" : $"（第 {version} 版，取代前版）";

    private static string Sha256(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
