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
        var week = fixture.WeekOfNow();
        var project = await fixture.NewProject();
        for (var i = 1; i <= 3; i++)
        {
            await fixture.Register(project, "Complaint", household: $"8-{i}");
        }

        var earlier = (await fixture.Analysis(week)).GetProperty("versions").GetArrayLength();
        var first = await Release(week, Support.Analyses.QualityStaff);
        Assert.Equal((false, earlier + 1, "qd-staff"), (first.GetProperty("draft").GetBoolean(), first.GetProperty("version").GetInt32(), first.GetProperty("releasedBy").GetString()));
        Assert.Equal(3, first.Row("byProject", project).Long("thisWeek"));
        var sha = first.GetProperty("sha256").GetString();
        Assert.Equal(Sha256(first.GetProperty("analysis").GetRawText()), sha);

        var firstItem = $"weekly-analysis/{week}/v{earlier + 1}";
        await Eventually.Get(() => fixture.Inbox(Support.Analyses.VicePresident, "WeeklyAnalysisReleased"), items => items.Any(i => i.GetProperty("id").GetString() == firstItem));
        var shown = await fixture.Analysis(week, Support.Analyses.VicePresident);
        Assert.Equal((earlier + 1, sha), (shown.GetProperty("version").GetInt32(), shown.GetProperty("sha256").GetString()));

        // A fourth complaint, then a release again: a new version beside the old, which stays as it was and shows replaced.
        await fixture.Register(project, "Complaint", household: "8-4");
        var second = await Release(week, Demo.QualityHead);
        Assert.Equal(earlier + 2, second.GetProperty("version").GetInt32());
        Assert.Equal(4, second.Row("byProject", project).Long("thisWeek"));
        Assert.Equal([(earlier + 2, false), (earlier + 1, true)],
            second.GetProperty("versions").EnumerateArray().Take(2).Select(v => (v.GetProperty("version").GetInt32(), v.GetProperty("replaced").GetBoolean())));

        var old = await fixture.Analysis(week, Support.Analyses.VicePresident, $"?version={earlier + 1}");
        Assert.Equal((true, sha, 3L), (old.GetProperty("replaced").GetBoolean(), old.GetProperty("sha256").GetString(), old.Row("byProject", project).Long("thisWeek")));
        var secondItem = $"weekly-analysis/{week}/v{earlier + 2}";
        var items = await Eventually.Get(() => fixture.Inbox(Support.Analyses.VicePresident, "WeeklyAnalysisReleased"), all => all.Any(i => i.GetProperty("id").GetString() == secondItem));
        Assert.Single(items, i => i.GetProperty("id").GetString() == firstItem);
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

    private static string Sha256(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
