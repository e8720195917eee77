using Hotline.TestKit;
using Hotline.WebConsole.Reports;
using Microsoft.Playwright;
using static Hotline.Browser.Tests.Console.ConsolePages;
using static Microsoft.Playwright.Assertions;

namespace Hotline.Browser.Tests.Console.Reports;

/// <summary>
/// Issue 13, reports: QualityDept releases the weekly analysis (A8.1.4) and publishes the monthly bulletin (A10.1.3.5)
/// from the console; the people who only read them get no such button.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class ReportReleaseTests(PortalFixture fixture)
{
    private static readonly ReportsText Words = ReportsTexts.Traditional;

    [BrowserFact]
    public async Task A8_1_4_QualityDeptReleasesTheWeeklyAnalysis_TheGeneralManagerOnlyReadsIt()
    {
        var page = await fixture.NewPage();
        await SignIn(page, fixture, Demo.QualityHead);
        await page.GotoAsync("/console/reports/analysis");
        await Interactive(page);
        await page.GetByLabel(Words.Week).FillAsync("2026-W46");
        await page.GetByRole(AriaRole.Button, new() { Name = Words.ShowWeek }).ClickAsync();
        // The latest week's view says "no releases" too: wait for the chosen week's before releasing (CI once released W48).
        await Expect(page.Locator("h2#analysis-week")).ToContainTextAsync("2026-W46");
        await Expect(page.GetByText(Words.NoReleases)).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = Words.Release }).ClickAsync();
        await Expect(page.Locator("li[data-version='1']")).ToContainTextAsync(Demo.QualityHead);
        await Expect(page.Locator("a[data-format=xlsx]")).ToHaveAttributeAsync("href", "/api/reports/weekly-analyses/2026-W46?format=xlsx");
        await NoLabelOrContrastProblems(page);
        await Screenshot(page, "reports-8-analysis-released");

        var gm = await fixture.NewPage();
        await SignIn(gm, fixture, Demo.GeneralManager);
        await gm.GotoAsync("/console/reports/analysis");
        await Interactive(gm);
        await Expect(gm.Locator("h2#analysis-week")).ToBeVisibleAsync();
        await Expect(gm.GetByRole(AriaRole.Button, new() { Name = Words.Release })).ToHaveCountAsync(0);
        await page.CloseContext();
        await gm.CloseContext();
    }

    [BrowserFact]
    public async Task A10_1_3_5_QualityDeptPublishesTheBulletin_EveryoneListsIt_OnlyQualityDeptMayPublish()
    {
        var page = await fixture.NewPage();
        await SignIn(page, fixture, Demo.QualityHead);
        await page.GotoAsync("/console/reports/bulletins");
        await Interactive(page);
        await page.GetByLabel(Words.Month).FillAsync("2026-10");
        await page.GetByRole(AriaRole.Button, new() { Name = Words.Publish }).ClickAsync();
        await Expect(page.Locator("li[data-month='2026-10']")).ToContainTextAsync(Demo.QualityHead);
        await NoLabelOrContrastProblems(page);
        await Screenshot(page, "reports-9-bulletin-published");

        var liaison = await fixture.NewPage();
        await SignIn(liaison, fixture, Demo.SunriseLiaison);
        await liaison.GotoAsync("/console/reports/bulletins");
        await Interactive(liaison);
        await Expect(liaison.Locator("li[data-month='2026-10'] a[data-format=csv]")).ToHaveAttributeAsync("href", "/api/reports/bulletins/2026-10?format=csv");
        await Expect(liaison.GetByRole(AriaRole.Button, new() { Name = Words.Publish })).ToHaveCountAsync(0);
        await page.CloseContext();
        await liaison.CloseContext();
    }
}
