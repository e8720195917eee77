using System.Net;
using Hotline.TestKit;
using Hotline.WebConsole.Reports;
using Microsoft.Playwright;
using static Hotline.Browser.Tests.Console.ConsolePages;
using static Hotline.Browser.Tests.Console.Reports.ReportPages;
using static Microsoft.Playwright.Assertions;

namespace Hotline.Browser.Tests.Console.Reports;

/// <summary>
/// Issue 13, reports: the weekly summary is signed in the console in A10.1.3.4's order, the project manager first, then
/// the branch head, each seeing the other's signature without a reload. Uses its own past week of the shared host.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class WeeklySummarySigningTests(PortalFixture fixture)
{
    private const string Week = "2026-W45";
    private static readonly ReportsText Words = ReportsTexts.Traditional;

    [BrowserFact]
    public async Task A10_1_3_4_ManagerSignsFirst_TheBranchHeadSeesItWithoutReload_ThenSigns_AndCouldNotSignFirst()
    {
        await Draft(fixture, Week);
        var head = await fixture.NewPage();
        await SignIn(head, fixture, Demo.NorthHead);
        await head.GotoAsync(PagePath(Week));
        await Interactive(head);
        await Expect(head.Locator("h1[data-live=on]")).ToBeVisibleAsync();
        await HasState(head, Week, "Draft");
        // The branch head cannot sign first: no button on the page, and the API refuses the order.
        await Expect(head.GetByRole(AriaRole.Button, new() { Name = Words.SignAsHead })).ToHaveCountAsync(0);
        await Expect(head.GetByRole(AriaRole.Button, new() { Name = Words.SignAsManager })).ToHaveCountAsync(0);
        var refused = await SignThroughApi(fixture, Demo.NorthHead, Week, await ContentHash(fixture, Demo.NorthHead, Week));
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        await NoLabelOrContrastProblems(head);
        await Screenshot(head, "reports-1-head-waits");
        await head.EvaluateAsync("() => { window.__sameDocument = true; }");

        // The manager finds the summary in the reports list and signs it.
        var manager = await fixture.NewPage();
        await SignIn(manager, fixture, Demo.SunriseManager);
        await manager.GetByRole(AriaRole.Link, new() { Name = Words.Reports }).ClickAsync();
        var card = manager.Locator($"li[data-summary='{Demo.Sunrise}/{Week}']");
        await Expect(card).ToHaveAttributeAsync("data-state", "Draft");
        await NoLabelOrContrastProblems(manager);
        await Screenshot(manager, "reports-2-manager-list");
        await card.GetByRole(AriaRole.Link).ClickAsync();
        await Interactive(manager);
        await HasState(manager, Week, "Draft");
        await Expect(manager.GetByRole(AriaRole.Button, new() { Name = Words.SignAsHead })).ToHaveCountAsync(0);
        await NoLabelOrContrastProblems(manager);
        await manager.GetByRole(AriaRole.Button, new() { Name = Words.SignAsManager }).ClickAsync();
        await HasState(manager, Week, "ManagerSigned");
        await Expect(manager.GetByRole(AriaRole.Button, new() { Name = Words.SignAsManager })).ToHaveCountAsync(0);
        await Screenshot(manager, "reports-3-manager-signed");

        // The branch head's open page shows the signature pushed to it, then offers the second signature.
        await HasState(head, Week, "ManagerSigned");
        Assert.True(await head.EvaluateAsync<bool>("() => window.__sameDocument === true"));
        await head.GetByRole(AriaRole.Button, new() { Name = Words.SignAsHead }).ClickAsync();
        await HasState(head, Week, "Signed");
        await Expect(head.Locator("ol.signatures li")).ToHaveCountAsync(2);
        // Signers by name (config/demo-organisation.json), in the order they signed.
        await Expect(head.Locator("ol.signatures li[data-step='1']")).ToContainTextAsync("旭日花園項目經理");
        await Expect(head.Locator("ol.signatures li[data-step='2']")).ToContainTextAsync("北區負責人");
        await NoLabelOrContrastProblems(head);
        await Screenshot(head, "reports-4-head-signed");

        // And the manager sees the summary signed by both without a reload.
        await HasState(manager, Week, "Signed");
        await Screenshot(manager, "reports-5-manager-sees-signed");
        await head.CloseContext();
        await manager.CloseContext();
    }
}
