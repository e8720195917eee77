using System.Diagnostics;
using Hotline.TestKit;
using Hotline.WebConsole.Reports;
using Microsoft.Playwright;
using static Hotline.Browser.Tests.Console.ConsolePages;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Hotline.Browser.Tests.Console.Reports;

/// <summary>
/// Issue 13, live reports: a release of the weekly analysis (A8.1.4) and a published bulletin (A10.1.3.5) reach the
/// open pages of other people allowed to read them, pushed, without a reload. Their own week and month of the shared host.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class ReportLiveTests(PortalFixture fixture, ITestOutputHelper output)
{
    private static readonly ReportsText Words = ReportsTexts.Traditional;

    // The host and the browser share 2 busy cores with other builds: a push may take longer than Playwright's 5 s default.
    private static readonly LocatorAssertionsToBeVisibleOptions Pushed = new() { Timeout = 30_000 };

    [BrowserFact]
    public async Task A8_1_4_TheGeneralManagersOpenAnalysis_ShowsQualityDeptsRelease_WithoutReload()
    {
        const string Week = "2026-W44";
        var gm = await OpenAnalysis(Demo.GeneralManager, Week);
        await Expect(gm.GetByText(Words.NoReleases)).ToBeVisibleAsync();
        await Expect(gm.Locator("section.report-sheet p.subtitle")).ToContainTextAsync("草稿（未發布）");
        await gm.EvaluateAsync("() => { window.__sameDocument = true; }");

        var quality = await OpenAnalysis(Demo.QualityHead, Week);
        var clicked = Stopwatch.StartNew();
        await quality.GetByRole(AriaRole.Button, new() { Name = Words.Release }).ClickAsync();
        await Expect(quality.Locator("li[data-version='1']")).ToContainTextAsync(Demo.QualityHead);

        // The release is pushed to the general manager's page: the version listed, the content now the released one.
        await Expect(gm.Locator("li[data-version='1']")).ToBeVisibleAsync(Pushed);
        output.WriteLine($"release click to the other page showing it: {clicked.ElapsedMilliseconds} ms");
        await Expect(gm.Locator("section.report-sheet p.subtitle")).ToContainTextAsync("第 1 版");
        Assert.True(await gm.EvaluateAsync<bool>("() => window.__sameDocument === true"));
        await Screenshot(gm, "reports-14-analysis-release-pushed");
        await gm.CloseContext();
        await quality.CloseContext();
    }

    [BrowserFact]
    public async Task A10_1_3_5_TheLiaisonsOpenBulletins_ShowAMonthPublishedByQualityDept_WithoutReload()
    {
        const string Month = "2026-09";
        var liaison = await fixture.NewPage();
        await SignIn(liaison, fixture, Demo.SunriseLiaison);
        await liaison.GotoAsync("/console/reports/bulletins");
        await Interactive(liaison);
        await Expect(liaison.Locator("h1[data-live=on]")).ToBeVisibleAsync();
        await Expect(liaison.Locator($"li[data-month='{Month}']")).ToHaveCountAsync(0);
        await liaison.EvaluateAsync("() => { window.__sameDocument = true; }");

        var quality = await fixture.NewPage();
        await SignIn(quality, fixture, Demo.QualityHead);
        await quality.GotoAsync("/console/reports/bulletins");
        await Interactive(quality);
        await quality.GetByLabel(Words.Month).FillAsync(Month);
        var clicked = Stopwatch.StartNew();
        await quality.GetByRole(AriaRole.Button, new() { Name = Words.Publish }).ClickAsync();
        await Expect(quality.Locator($"li[data-month='{Month}']")).ToContainTextAsync(Demo.QualityHead);

        await Expect(liaison.Locator($"li[data-month='{Month}']")).ToBeVisibleAsync(Pushed);
        output.WriteLine($"publish click to the other page showing it: {clicked.ElapsedMilliseconds} ms");
        Assert.True(await liaison.EvaluateAsync<bool>("() => window.__sameDocument === true"));
        await Screenshot(liaison, "reports-15-bulletin-pushed");
        await liaison.CloseContext();
        await quality.CloseContext();
    }

    private async Task<IPage> OpenAnalysis(string personId, string week)
    {
        var page = await fixture.NewPage();
        await SignIn(page, fixture, personId);
        await page.GotoAsync("/console/reports/analysis");
        await Interactive(page);
        await Expect(page.Locator("h1[data-live=on]")).ToBeVisibleAsync();
        await page.GetByLabel(Words.Week).FillAsync(week);
        await page.GetByRole(AriaRole.Button, new() { Name = Words.ShowWeek }).ClickAsync();
        await Expect(page.Locator("h2#analysis-week")).ToContainTextAsync(week);
        return page;
    }
}
