using Hotline.TestKit;
using Microsoft.Playwright;
using static Hotline.Browser.Tests.Console.ConsolePages;
using static Microsoft.Playwright.Assertions;

namespace Hotline.Browser.Tests.Console.Cluster;

/// <summary>Issue 13 "Cluster": the operators' page in a real browser (the shared host: one silo; its clock is not moved here).</summary>
[Collection(PortalCollection.Name)]
public sealed class ClusterPageTests(PortalFixture fixture)
{
    [BrowserFact]
    public async Task I13_Administrator_SeesTheOneSiloActive_ItsFigures_AndRefreshesOnDemand()
    {
        // A ticket registered by this test counts in the figures: at least one, whatever other tests of the host did.
        await fixture.Host.ClientAs("cc-agent-1").Register(TicketApi.Complaint($"I13 叢集頁 {Guid.NewGuid():N}"));
        var page = await fixture.NewPage();
        await SignIn(page, fixture, "admin");

        await page.GetByRole(AriaRole.Link, new() { Name = "叢集", Exact = true }).ClickAsync();
        await Expect(page).ToHaveURLAsync($"{fixture.Address}console/cluster");
        await Interactive(page);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "叢集", Level = 1 })).ToBeVisibleAsync();
        // One silo, this one, active.
        await Expect(page.Locator("tr[data-silo-state]")).ToHaveCountAsync(1);
        await Expect(page.Locator("tr[data-silo-state=Active]")).ToContainTextAsync("運作中");
        await Expect(page.Locator("tr[data-silo-state=Active]")).ToContainTextAsync("（本節點）");
        await Expect(page.Locator("dd[data-reachable=yes]")).ToHaveTextAsync("可連線");
        var registered = int.Parse(await page.Locator("dd[data-figure=registered]").InnerTextAsync(), System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(registered >= 1, $"registered {registered}");
        await Expect(page.Locator("section[aria-labelledby=activations] td").First).ToBeVisibleAsync();
        // The portal's host mounts the dashboard (the default): the page links it and says nothing of it being off.
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "開啟 Orleans 儀表板" })).ToHaveAttributeAsync("href", "/dashboard/index.html");
        await Expect(page.Locator("[data-dashboard=off]")).ToHaveCountAsync(0);
        await Screenshot(page, "cluster-1-admin");
        await NoLabelOrContrastProblems(page);

        // Another registration shows after "refresh" (a read on demand, no timer).
        await fixture.Host.ClientAs("cc-agent-1").Register(TicketApi.Complaint($"I13 叢集頁 {Guid.NewGuid():N}"));
        await page.GetByRole(AriaRole.Button, new() { Name = "重新整理" }).ClickAsync();
        await Expect(page.Locator("dd[data-figure=registered]")).Not.ToHaveTextAsync(registered.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await Screenshot(page, "cluster-2-refreshed");
        await page.CloseContext();
    }

    [BrowserFact]
    public async Task I13_Liaison_HasNoClusterEntry_AndIsRefusedTheAddress()
    {
        var page = await fixture.NewPage();
        await SignIn(page, fixture, Demo.SunriseLiaison);

        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "叢集", Exact = true })).ToHaveCountAsync(0);

        await page.GotoAsync("/console/cluster");
        await Interactive(page);
        await Expect(page.GetByRole(AriaRole.Alert)).ToHaveTextAsync("您沒有權限查看此頁面。");
        await Expect(page.Locator("tr[data-silo-state]")).ToHaveCountAsync(0);
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "重新整理" })).ToHaveCountAsync(0);
        await Screenshot(page, "cluster-3-liaison-refused");
        await NoLabelOrContrastProblems(page);
        await page.CloseContext();
    }
}
