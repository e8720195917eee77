using System.Net.Http.Json;
using Hotline.TestKit;
using Microsoft.Playwright;
using static Hotline.Browser.Tests.Console.ConsolePages;
using static Microsoft.Playwright.Assertions;

namespace Hotline.Browser.Tests.Console.TicketActions;

/// <summary>
/// Issue 13: a command the ticket grain refuses shows why in the person's language (the grain's reason code worded by
/// the console), the grain's English sentence folded beneath it.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class RefusalWordsTests(PortalFixture fixture)
{
    [BrowserFact]
    public async Task I13_A11_4_ASecondRiskWarningWhileARedIsLive_IsRefusedInChinese_TheEnglishSentenceFolded()
    {
        var agent = fixture.Host.ClientAs("cc-agent-1");
        var ticket = await agent.Register(TicketApi.Complaint($"I13 拒絕 外牆剝落 {Guid.NewGuid():N}"));
        using (var first = await agent.PostAsJsonAsync($"/api/tickets/{ticket.Id}/raise-risk-warning", new { reason = "業主揚言群訪" }))
        {
            Assert.True(first.IsSuccessStatusCode, await first.Content.ReadAsStringAsync());
        }

        var page = await fixture.NewPage();
        await SignIn(page, fixture, Demo.SunriseLiaison);
        await page.GotoAsync($"/console/tickets/{ticket.Id}");
        await Interactive(page);

        // The state still takes a risk warning (so the form is offered); the live red makes the grain refuse it.
        await page.Locator("[data-form=raise-risk-warning] summary").ClickAsync();
        await page.Locator("#f-raise-risk-warning-reason").FillAsync("業主再次威脅");
        await page.Locator("[data-form=raise-risk-warning] button[data-command=raise-risk-warning]").ClickAsync();

        var message = page.GetByRole(AriaRole.Status);
        await Expect(message.Locator("[data-reason=RedWarningLive]")).ToHaveTextAsync("此個案已有生效中的紅色預警；駁回後才能再發風險預警。");
        await Expect(message).ToContainTextAsync("個案目前不接受此操作：");
        await Expect(message.Locator("details summary")).ToHaveTextAsync("系統原文（英文）");
        await Expect(message.Locator("details [lang=en]")).Not.ToBeVisibleAsync();
        await message.Locator("details summary").ClickAsync();
        await Expect(message.Locator("details [lang=en]")).ToHaveTextAsync(
            "the ticket already has a live red warning; a new risk warning can be raised once that one is dismissed");
        await Screenshot(page, "ticket-actions-6-refused-in-chinese");
        await NoLabelOrContrastProblems(page);
        await page.CloseContext();
    }
}
