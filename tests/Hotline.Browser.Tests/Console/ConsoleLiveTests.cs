using Hotline.TestKit;
using static Hotline.Browser.Tests.Console.ConsolePages;
using static Microsoft.Playwright.Assertions;

namespace Hotline.Browser.Tests.Console;

/// <summary>Issue 13, live: an open page re-reads when a change it shows is pushed, without a reload.</summary>
[Collection(PortalCollection.Name)]
public sealed class ConsoleLiveTests(PortalFixture fixture)
{
    [BrowserFact]
    public async Task I13_OpenMyWork_ShowsATicketRegisteredAfterItOpened_OnThePushedChange_WithoutReload()
    {
        var page = await fixture.NewPage();
        await SignIn(page, fixture, Demo.SunriseLiaison);
        await Expect(page.Locator("h1[data-live=on]")).ToBeVisibleAsync();
        // A mark on this document: a reload would lose it.
        await page.EvaluateAsync("() => { window.__sameDocument = true; }");

        var ticket = await fixture.Host.ClientAs("cc-agent-1").Register(TicketApi.Complaint($"I13 推送 {Guid.NewGuid():N}"));
        // Nothing else happens: the ticket grain's own notice (published after its row is durable) must update the page.
        await Expect(page.Locator($"section[aria-labelledby=needs-me] a[href='/console/tickets/{ticket.Id}']")).ToBeVisibleAsync();
        Assert.True(await page.EvaluateAsync<bool>("() => window.__sameDocument === true"));
        await Screenshot(page, "9-live");
        await page.CloseContext();
    }
}
