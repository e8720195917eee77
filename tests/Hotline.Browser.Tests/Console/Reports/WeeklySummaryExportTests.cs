using System.Text;
using Hotline.TestKit;
using Hotline.WebConsole.Reports;
using MiniExcelLibs;
using Microsoft.Playwright;
using static Hotline.Browser.Tests.Console.ConsolePages;
using static Hotline.Browser.Tests.Console.Reports.ReportPages;
using static Microsoft.Playwright.Assertions;

namespace Hotline.Browser.Tests.Console.Reports;

/// <summary>
/// Issue 13, reports: the summary page's export links are the API's own GET ?format= on the console's cookie session,
/// and download real files; the remarks typed with markup in them show as text. Uses its own past week of the shared host.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class WeeklySummaryExportTests(PortalFixture fixture)
{
    private const string Week = "2026-W44";
    private static readonly ReportsText Words = ReportsTexts.Traditional;

    [BrowserFact]
    public async Task A10_1_3_4_ExportLinks_DownloadTheSummaryAsXlsxAndCsv_OnTheConsoleSession()
    {
        await Draft(fixture, Week);
        var page = await fixture.NewPage();
        await SignIn(page, fixture, Demo.SunriseManager);
        await page.GotoAsync(PagePath(Week));
        await Interactive(page);
        await HasState(page, Week, "Draft");
        await NoLabelOrContrastProblems(page);
        await Screenshot(page, "reports-6-exports");

        var xlsx = await Download(page, Words.Xlsx);
        Assert.Equal("PK"u8.ToArray(), xlsx[..2]);
        var overview = MiniExcel.Query(new MemoryStream(xlsx), useHeaderRow: true, sheetName: "概要").Cast<IDictionary<string, object?>>().Single();
        Assert.Equal((Demo.Sunrise, Demo.North, Week), ((string?)overview["項目"], (string?)overview["分公司"], (string?)overview["週"]));

        var csv = Encoding.UTF8.GetString(await Download(page, Words.Csv)).TrimStart('\uFEFF').Split("\r\n");
        Assert.Equal($"項目週報 {Demo.Sunrise} {Week}", csv[0]);
        Assert.Equal("項目,分公司,週,版本,狀態,逾期,截止時間,內容SHA-256,備註", csv[4]);
        Assert.StartsWith($"{Demo.Sunrise},{Demo.North},{Week},1,", csv[5]);
        await page.CloseContext();
    }

    [BrowserFact]
    public async Task A10_1_3_4_TheLiaisonsRemarks_HoldingMarkup_ShowAsText_AndTheLiaisonHasNoSignature()
    {
        const string Remarks = "<script>window.__injected = true</script><b>本週</b> & 完成";
        await Draft(fixture, Week);
        var page = await fixture.NewPage();
        await SignIn(page, fixture, Demo.SunriseLiaison);
        await page.GotoAsync(PagePath(Week));
        await Interactive(page);
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = Words.SignAsManager })).ToHaveCountAsync(0);
        await page.GetByLabel(Words.Remarks, new() { Exact = true }).FillAsync(Remarks);
        await page.GetByRole(AriaRole.Button, new() { Name = Words.SaveRemarks }).ClickAsync();
        await Expect(page.Locator("dd[data-field=remarks]")).ToHaveTextAsync(Remarks);
        Assert.Equal(0, await page.Locator("dd[data-field=remarks] b, dd[data-field=remarks] script").CountAsync());
        Assert.False(await page.EvaluateAsync<bool>("() => window.__injected === true"));
        await NoLabelOrContrastProblems(page);
        await Screenshot(page, "reports-7-remarks");
        await page.CloseContext();
    }

    private static async Task<byte[]> Download(IPage page, string link)
    {
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = link }).ClickAsync());
        await using var stream = await download.CreateReadStreamAsync();
        using var copy = new MemoryStream();
        await stream.CopyToAsync(copy);
        return copy.ToArray();
    }
}
