using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Hotline.Reporting.Tests.Support;
using Hotline.TestKit;
using MiniExcelLibs;

namespace Hotline.Reporting.Tests.Formats;

/// <summary>The live view downloaded: the workbook holds the project's figures, the page its charts, a bad format is refused.</summary>
[Collection(ReportingCollection.Name)]
public sealed class OverviewDownloadTests(ReportingFixture fixture)
{
    [Fact]
    public async Task A6_TheOverviewAsAWorkbook_HoldsTheProjectsFiguresInChinese()
    {
        var project = await fixture.NewProject();
        await fixture.Register(project, "Complaint");
        await fixture.Register(project, "Complaint");
        await fixture.Register(project, "Repair");

        var response = await fixture.Host.ClientAs(Demo.QualityHead).GetAsync($"/api/reports/overview?scope=project:{project}&format=xlsx");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.EndsWith(".xlsx", response.Content.Headers.ContentDisposition?.FileName, StringComparison.Ordinal);
        var workbook = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        Assert.Contains("收件量（類型）", MiniExcel.GetSheetNames(workbook));
        var byKind = MiniExcel.Query(workbook, useHeaderRow: true, sheetName: "收件量（類型）").Cast<IDictionary<string, object?>>()
            .ToDictionary(r => (string)r["類型"]!, r => r["件數"]);
        // Two complaints and one repair registered in this project today: 2 and 1, numbers not text.
        Assert.Equal(2d, byKind["投訴"]);
        Assert.Equal(1d, byKind["報修"]);
        var summary = MiniExcel.Query(workbook, useHeaderRow: true, sheetName: "概覽").Cast<IDictionary<string, object?>>()
            .ToDictionary(r => (string)r["項目"]!, r => r["件數"]);
        Assert.Equal(3d, summary["收件總量"]);
    }

    [Fact]
    public async Task A6_TheOverviewAsAPrintablePage_DrawsItsCharts()
    {
        var project = await fixture.NewProject();
        await fixture.Register(project, "Suggestion");

        var response = await fixture.Host.ClientAs(Demo.QualityHead).GetAsync($"/api/reports/overview?scope=project:{project}&format=html");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("<html lang=\"zh-Hant\">", html, StringComparison.Ordinal);
        Assert.Contains($"即時概覽（項目 {project}）", html, StringComparison.Ordinal);
        Assert.Contains("<svg", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A6_TheOverviewAsCsv_IsADownloadWithAByteOrderMark()
    {
        var project = await fixture.NewProject();

        var response = await fixture.Host.ClientAs(Demo.QualityHead).GetAsync($"/api/reports/overview?scope=project:{project}&format=csv");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal([0xEF, 0xBB, 0xBF], (await response.Content.ReadAsByteArrayAsync())[..3]);
    }

    [Fact]
    public async Task AnUnknownFormat_IsAProblemNamingFormat()
    {
        var response = await fixture.Host.ClientAs(Demo.QualityHead).GetAsync("/api/reports/overview?scope=company&format=pdf");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(["format"], problem.GetProperty("errors").EnumerateObject().Select(e => e.Name));
    }
}
