using Hotline.TestKit;
using static Hotline.Browser.Tests.Console.ConsolePages;
using static Microsoft.Playwright.Assertions;

namespace Hotline.Browser.Tests.Console.Dashboard;

/// <summary>
/// Issue 13, live: an open dashboard re-reads its figures on a pushed ticket change of its scope, without a reload.
/// p-greenhill, which no other test uses. The first change after a quiet window re-reads at once, so the shared host's
/// standing clock is never moved (a second change within the window would wait for the clock: see ReReadWindowTests).
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class DashboardLiveTests(PortalFixture fixture)
{
    private const string Greenhill = "p-greenhill";

    [BrowserFact]
    public async Task I13_OpenDashboard_CountsATicketRegisteredAfterItOpened_WithoutReload()
    {
        var page = await fixture.NewPage();
        await SignIn(page, fixture, Demo.QualityHead);
        await page.GotoAsync($"/console/dashboard?scope=project:{Greenhill}&period=week");
        await Interactive(page);
        await Expect(page.Locator("h1[data-live=on]")).ToBeVisibleAsync();
        var registered = page.Locator("[data-figure=registered]");
        var before = int.Parse(await registered.TextContentAsync() ?? "", System.Globalization.CultureInfo.InvariantCulture);
        await page.EvaluateAsync("() => { window.__sameDocument = true; }");

        await fixture.Host.ClientAs("cc-agent-1").Register(TicketApi.Complaint($"I13 儀表板推送 {Guid.NewGuid():N}", projectId: Greenhill));

        await Expect(registered).ToHaveTextAsync((before + 1).ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.True(await page.EvaluateAsync<bool>("() => window.__sameDocument === true"));
        await Screenshot(page, "dashboard-6-live");
        await page.CloseContext();
    }
}
