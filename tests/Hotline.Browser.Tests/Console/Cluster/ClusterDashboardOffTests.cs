using System.Net;
using Microsoft.Playwright;
using static Hotline.Browser.Tests.Console.ConsolePages;
using static Microsoft.Playwright.Assertions;

namespace Hotline.Browser.Tests.Console.Cluster;

/// <summary>
/// Issue 13 "Cluster": with <c>Hotline:Operations:DashboardEnabled</c> false (the moving-clock host's setting) the page
/// links no dashboard and says it is off; /dashboard is not mapped there. The clock is not moved here.
/// </summary>
[Collection(MovingClockCollection.Name)]
public sealed class ClusterDashboardOffTests(MovingClockFixture fixture)
{
    [BrowserFact]
    public async Task I13_DashboardSwitchedOff_TheClusterPageSaysSo_AndLinksNothing()
    {
        using (var mounted = await fixture.Host.ClientAs("admin").GetAsync("/dashboard/index.html"))
        {
            Assert.Equal(HttpStatusCode.NotFound, mounted.StatusCode);
        }

        var page = await fixture.NewPage();
        await SignIn(page, fixture, "admin");
        await page.GotoAsync("/console/cluster");
        await Interactive(page);

        await Expect(page.Locator("tr[data-silo-state=Active]")).ToHaveCountAsync(1);
        await Expect(page.Locator("[data-dashboard=off]")).ToHaveTextAsync("Orleans 儀表板未啟用（Hotline:Operations:DashboardEnabled 為 false）。");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "開啟 Orleans 儀表板" })).ToHaveCountAsync(0);
        await Expect(page.Locator("a[href^='/dashboard']")).ToHaveCountAsync(0);
        await Screenshot(page, "cluster-4-dashboard-off");
        await NoLabelOrContrastProblems(page);
        await page.CloseContext();
    }
}
