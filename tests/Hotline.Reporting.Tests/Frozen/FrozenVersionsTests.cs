using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Hotline.Reporting.Tests.Support;
using Hotline.TestKit;

namespace Hotline.Reporting.Tests.Frozen;

/// <summary>
/// A8.1.4: the weekly analysis is versioned as the bulletin is (one append under a lock per table and period): two
/// releases of one week at once are both stored, as the week's next two versions, the older shown replaced.
/// </summary>
[Collection(ReportingCollection.Name)]
public sealed class FrozenVersionsTests(ReportingFixture fixture)
{
    [Fact]
    public async Task A8_1_4_two_releases_of_a_week_at_once_get_consecutive_versions()
    {
        // Three weeks before the clock's: over, and released by no other test.
        var week = fixture.WeekBefore(fixture.WeekBefore(fixture.WeekBefore(fixture.WeekOfNow())));
        var earlier = (await fixture.Analysis(week)).GetProperty("versions").GetArrayLength();

        var both = await Task.WhenAll(Release(week, Support.Analyses.QualityStaff), Release(week, Demo.QualityHead));

        Assert.All(both, r => Assert.Equal(HttpStatusCode.Created, r.Status));
        Assert.Equal([earlier + 1, earlier + 2], both.Select(r => r.Body.GetProperty("version").GetInt32()).Order());
        var shown = await fixture.Analysis(week);
        Assert.Equal([(earlier + 2, false), (earlier + 1, true)],
            shown.GetProperty("versions").EnumerateArray().Take(2).Select(v => (v.GetProperty("version").GetInt32(), v.GetProperty("replaced").GetBoolean())));
    }

    private async Task<(HttpStatusCode Status, JsonElement Body)> Release(string week, string person)
    {
        using var response = await fixture.Host.ClientAs(person).PostAsJsonAsync($"/api/reports/weekly-analyses/{week}/release", new { });
        return (response.StatusCode, await response.Content.ReadFromJsonAsync<JsonElement>());
    }
}
