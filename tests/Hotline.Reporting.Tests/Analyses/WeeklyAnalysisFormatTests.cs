using System.Net;
using Hotline.Reporting.Tests.Support;
using Hotline.TestKit;

namespace Hotline.Reporting.Tests.Analyses;

/// <summary>A8.1.4: the analysis as a file or page for the vice-president (the formats themselves are the renderer's tests).</summary>
[Collection(ReportingCollection.Name)]
public sealed class WeeklyAnalysisFormatTests(ReportingFixture fixture)
{
    [Fact]
    public async Task A8_1_4_analysis_as_csv_has_its_chinese_title_and_tables()
    {
        using var response = await fixture.Host.ClientAs(Support.Analyses.VicePresident).GetAsync($"/api/reports/weekly-analyses/{fixture.WeekOfNow()}?draft=true&format=csv");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var text = await response.Content.ReadAsStringAsync();
        Assert.Contains($"品質部週分析 {fixture.WeekOfNow()}", text);
        foreach (var table in new[] { "分公司趨勢", "項目趨勢", "熱點問題", "最慢時限", "遲交週報", "紅色預警", "重大投訴" })
        {
            Assert.Contains(table, text);
        }
    }

    [Theory]
    [InlineData("?format=pdf", "format")]
    [InlineData("?version=0", "version")]
    [InlineData("?draft=maybe", "draft")]
    public async Task A8_1_4_bad_query_is_a_problem_naming_the_field(string query, string field)
    {
        using var response = await fixture.Host.ClientAs(Support.Analyses.QualityStaff).GetAsync($"/api/reports/weekly-analyses/{fixture.WeekOfNow()}{query}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal([field], (await response.Problem()).GetProperty("errors").EnumerateObject().Select(e => e.Name));
    }
}
