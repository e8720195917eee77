using System.Globalization;
using System.Net;
using Hotline.Reporting.Tests.Support;
using Hotline.TestKit;
using MiniExcelLibs;
using static Hotline.Reporting.Tests.Bulletins.QueryStoreSeed;

namespace Hotline.Reporting.Tests.Bulletins;

/// <summary>
/// A10.1.3.5: each branch sees its own rank. May 2026: north has 4 penalty points (our project's warning), south none,
/// so south ranks first and north second; company roles see both, a branch or project role only its own branch.
/// </summary>
[Collection(ReportingCollection.Name)]
public sealed class BulletinRankTests(ReportingFixture fixture)
{
    private const string Month = "2026-05";

    [Fact]
    public async Task A10_1_3_5_Rank_FewestPenaltyPointsFirst_CompanyRolesSeeEveryRank_ABranchOrProjectOnlyItsOwn()
    {
        var project = await fixture.NewProject();
        await using var seed = new QueryStoreSeed(fixture.ConnectionString);
        await seed.Warning(project, Demo.North, "Yellow", Local(2026, 5, 6, 9), Local(2026, 5, 6, 9, 20), null, Month, 4m);
        Assert.Equal(HttpStatusCode.Created, (await fixture.Publish(Demo.QualityHead, Month)).Status);

        foreach (var companyRole in new[] { Demo.QualityHead, Demo.GeneralManager, Demo.EngineeringStaff })
        {
            var whole = await fixture.Current(companyRole, Month);
            Assert.True(whole.GetProperty("complete").GetBoolean());
            Assert.Equal(["south", "north"], whole.Ids("branches"));
            Assert.Equal((1, 2), (whole.Unit("branches", "south").GetProperty("rank").GetInt32(), whole.Unit("branches", "north").GetProperty("rank").GetInt32()));
            Assert.Contains("p-greenhill", whole.Ids("projects"));
            Assert.Contains(project, whole.Ids("projects"));
        }

        var north = await fixture.Current(Demo.NorthHead, Month);
        Assert.False(north.GetProperty("complete").GetBoolean());
        Assert.Equal(["north"], north.Ids("branches"));
        Assert.Equal(2, north.Unit("branches", "north").GetProperty("rank").GetInt32());
        Assert.Equal(2, north.GetProperty("branchCount").GetInt32());
        Assert.Equal("company", north.GetProperty("bulletin").GetProperty("company").GetProperty("id").GetString());
        Assert.Contains(project, north.Ids("projects"));
        Assert.Contains(Demo.Sunrise, north.Ids("projects"));
        Assert.DoesNotContain("p-greenhill", north.Ids("projects"));
        Assert.DoesNotContain("p-harbour", north.Ids("projects"));

        var liaison = await fixture.Current(Demo.SunriseLiaison, Month);
        Assert.Equal(["north"], liaison.Ids("branches"));
        Assert.Equal(2, liaison.Unit("branches", "north").GetProperty("rank").GetInt32());
        Assert.Equal([Demo.Sunrise], liaison.Ids("projects"));

        var south = await fixture.Current(Demo.SouthHead, Month);
        Assert.Equal(["south"], south.Ids("branches"));
        Assert.Equal(1, south.Unit("branches", "south").GetProperty("rank").GetInt32());
        Assert.Equal(["p-greenhill", "p-harbour"], south.Ids("projects"));

        // The workbook says no more than the JSON: north's head gets north's rank row and north's projects only.
        using var xlsx = await fixture.Host.ClientAs(Demo.NorthHead).GetAsync($"/api/reports/bulletins/{Month}?format=xlsx");
        Assert.Equal(HttpStatusCode.OK, xlsx.StatusCode);
        var workbook = await xlsx.Content.ReadAsByteArrayAsync();
        Assert.Contains("分公司排名", MiniExcel.GetSheetNames(new MemoryStream(workbook)));
        var rankRow = Assert.Single(Rows(workbook, "分公司排名"));
        Assert.Equal((2d, "north"), (Convert.ToDouble(rankRow["排名"], CultureInfo.InvariantCulture), rankRow["分公司"]));
        var projectRows = Rows(workbook, "各項目").Select(r => r["項目"]).ToList();
        Assert.Contains(project, projectRows);
        Assert.DoesNotContain("p-greenhill", projectRows);
        Assert.Equal(["本月 2026-05", "上月 2026-04", "去年同月 2025-05"],
            Rows(workbook, "全公司")[0].Keys.Where(k => k.Contains(" 20", StringComparison.Ordinal)));

        using var html = await fixture.Host.ClientAs(Demo.NorthHead).GetAsync($"/api/reports/bulletins/{Month}?format=html");
        Assert.Equal("text/html", html.Content.Headers.ContentType?.MediaType);
        Assert.Contains("月度通報 2026-05", await html.Content.ReadAsStringAsync());
        var (badFormat, problem) = await fixture.Bulletin(Demo.NorthHead, Month + "?format=pdf");
        Assert.Equal(HttpStatusCode.BadRequest, badFormat);
        Assert.Equal(["format"], problem.ErrorFields());
    }

    private static List<IDictionary<string, object?>> Rows(byte[] workbook, string sheet) =>
        [.. MiniExcel.Query(new MemoryStream(workbook), useHeaderRow: true, sheetName: sheet).Cast<IDictionary<string, object?>>()];
}
