using Hotline.TestKit;
using Microsoft.Playwright;
using static Hotline.Browser.Tests.Console.ConsolePages;
using static Hotline.Browser.Tests.Console.Dashboard.DashboardApi;
using static Microsoft.Playwright.Assertions;

namespace Hotline.Browser.Tests.Console.Dashboard;

/// <summary>
/// Issue 13, dashboards: QualityDept reads the company, a branch and a project with their charts; the figures of
/// p-harbour (which only these tests use) are the ones worked out by hand; a project manager sees their project only.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class DashboardTests(PortalFixture fixture)
{
    /// <summary>The shared host's clock stands at 2026-11-27 10:00 (business time): November's penalty month.</summary>
    private const string Month = "2026-11";

    [BrowserFact]
    public async Task I13_QualityDept_SeesCompanyBranchAndProjectDashboards_WithFiguresWorkedOutByHand_AndTheScoresPenalty()
    {
        // Three complaints in p-harbour: two households, then a repeat of the first (A11.1.1: a blue warning, verified
        // by the supervisor: 0.2 points for branch south, A12). The liaison starts the first two at once.
        var agent = fixture.Host.ClientAs("cc-agent-1");
        var first = await agent.Register(HarbourComplaint("5-1-501"));
        var second = await agent.Register(HarbourComplaint("5-1-502"));
        var repeat = await agent.Register(HarbourComplaint("5-1-501", first.Id));
        var liaison = fixture.Host.ClientAs("harbour-liaison");
        await Start(liaison, first.Id);
        await Start(liaison, second.Id);
        await Verify(fixture.Host.ClientAs(Demo.Supervisor), repeat.Warnings.Single());
        var scores = await Scores(fixture.Host.ClientAs(Demo.QualityHead), Month);

        var page = await fixture.NewPage();
        await SignIn(page, fixture, Demo.QualityHead);
        await page.Locator("nav a[href='/console/dashboard']").ClickAsync();
        await Interactive(page);

        // The company: its charts, and the penalty points /api/scores gives QualityDept's item (every branch's warnings).
        await Expect(page.Locator("p[data-scope=company]")).ToBeVisibleAsync();
        await Expect(page.Locator("svg[data-chart=chart-clocks][role=img]")).ToBeVisibleAsync();
        await Expect(page.Locator("svg[data-chart=chart-registered]")).ToBeVisibleAsync();
        await Expect(page.Locator("[data-figure=penalty-points]")).ToHaveTextAsync(scores.Company);
        await Expect(page.Locator("[data-figure=penalty-month]")).ToHaveTextAsync(Month);
        await Expect(page.Locator("tr[data-project=p-harbour] td[data-col=points]")).ToHaveTextAsync("0.2");
        await Screenshot(page, "dashboard-1-company");
        await NoLabelOrContrastProblems(page);

        // The project, chosen in the form: 3 registered; Start met on time twice, running once: 2 / 2 decided = 100%.
        await page.Locator("#dash-scope").SelectOptionAsync($"project:{Harbour}");
        await page.Locator("form.filters button[type=submit]").ClickAsync();
        await Expect(page.Locator($"p[data-scope='project:{Harbour}']")).ToBeVisibleAsync();
        await Interactive(page);
        await Expect(page.Locator("[data-figure=registered]")).ToHaveTextAsync("3");
        var start = page.Locator("tr[data-clock=Start]");
        await Expect(start.Locator("td[data-col=met]")).ToHaveTextAsync("2");
        await Expect(start.Locator("td[data-col=running]")).ToHaveTextAsync("1");
        await Expect(start.Locator("td[data-col=breached]")).ToHaveTextAsync("0");
        await Expect(start.Locator("td[data-col=rate]")).ToHaveTextAsync("100%");
        await Expect(page.Locator("svg[data-chart=chart-clocks] rect[data-value='100%']")).ToHaveCountAsync(1);
        // The reporting week running now (Friday 2026-11-27 to Friday 2026-12-04, A10.1.3.4) is the trend's last: all 3.
        await Expect(page.Locator("tr[data-week='2026-W49'] td[data-col=registered]")).ToHaveTextAsync("3");
        await Expect(page.Locator("[data-figure=penalty-points]")).ToHaveTextAsync("0.2");
        await Screenshot(page, "dashboard-2-project");
        await NoLabelOrContrastProblems(page);

        // The branch: the penalty /api/scores gives branch south.
        await page.GotoAsync("/console/dashboard?scope=branch:south&period=month");
        await Interactive(page);
        await Expect(page.Locator("p[data-scope='branch:south']")).ToBeVisibleAsync();
        await Expect(page.Locator("[data-figure=penalty-points]")).ToHaveTextAsync(scores.Branches["south"]);
        Assert.Equal("0.2", scores.Branches["south"]);
        await Screenshot(page, "dashboard-3-branch");
        await page.CloseContext();
    }

    [BrowserFact]
    public async Task I13_ProjectManager_IsOfferedTheirProjectOnly_AndIsRefusedAnotherScopeByItsAddress()
    {
        var page = await fixture.NewPage();
        await SignIn(page, fixture, Demo.SunriseManager);
        await page.GotoAsync("/console/dashboard");
        await Interactive(page);

        await Expect(page.Locator($"p[data-scope='project:{Demo.Sunrise}']")).ToBeVisibleAsync();
        await Expect(page.Locator("#dash-scope option")).ToHaveCountAsync(1);
        await Expect(page.Locator("#dash-scope option")).ToHaveAttributeAsync("value", $"project:{Demo.Sunrise}");
        await Expect(page.Locator("[data-figure=penalty-points]")).ToBeVisibleAsync();
        await Screenshot(page, "dashboard-4-manager");
        await NoLabelOrContrastProblems(page);

        foreach (var other in new[] { "company", "branch:north", $"project:{Harbour}" })
        {
            await page.GotoAsync($"/console/dashboard?scope={other}");
            await Interactive(page);
            await Expect(page.Locator(".refusal")).ToBeVisibleAsync();
            await Expect(page.Locator("[data-figure]")).ToHaveCountAsync(0);
            await Expect(page.Locator("svg.chart")).ToHaveCountAsync(0);
        }

        await Screenshot(page, "dashboard-5-refused");
        await page.CloseContext();
    }

    [BrowserFact]
    public async Task I13_ABadPeriod_IsAProblemNamingTheField()
    {
        var page = await fixture.NewPage();
        await SignIn(page, fixture, Demo.QualityHead);
        await page.GotoAsync("/console/dashboard?scope=company&period=2026-13");
        await Interactive(page);

        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("period");
        await Expect(page.Locator("svg.chart")).ToHaveCountAsync(0);
        await page.CloseContext();
    }
}
