using System.Net.Http.Json;
using Hotline.TestKit;
using Microsoft.Playwright;
using static Hotline.Browser.Tests.Console.ConsolePages;
using static Microsoft.Playwright.Assertions;

namespace Hotline.Browser.Tests.Console.Agent;

/// <summary>Issue 13, the incoming-call pop: the CTI's event pops on the named agent's open workspace, pushed, without reload.</summary>
[Collection(PortalCollection.Name)]
public sealed class AgentCallPopTests(PortalFixture fixture)
{
    [BrowserFact]
    public async Task I13_ACtiCallForAnAgent_PopsOnTheirOpenWorkspace_WithTheCallerAndOpenTickets_AndFillsTheSearch()
    {
        const string Household = "7-2-702", Phone = "13900139002";
        await AgentHouseholds.Import(fixture, Household, Phone);
        var open = await AgentHouseholds.FirstComplaint(fixture, Household, "7號樓電梯壞了");
        var page = await fixture.NewPage();
        await SignIn(page, fixture, "cc-agent-2");
        await page.GotoAsync("/console/agent");
        await Interactive(page);
        await Expect(page.Locator("h1[data-live=on]")).ToBeVisibleAsync();
        // A mark on this document: a reload would lose it.
        await page.EvaluateAsync("() => { window.__sameDocument = true; }");

        // The CTI server reports the call (as the test's client) and names the agent who takes it.
        var callId = $"call-{Guid.NewGuid():N}";
        using var response = await fixture.Host.ClientAs("cc-agent-1").PostAsJsonAsync("/api/call-center/calls", new { callId, callerNumber = Phone, agentId = "cc-agent-2" });
        response.EnsureSuccessStatusCode();

        var pop = page.Locator($"section.call-pop[data-call='{callId}']");
        await Expect(pop).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync(Phone);
        await Expect(pop.Locator($"h3[data-household='{Household}']")).ToBeVisibleAsync();
        await Expect(pop.Locator($"li[data-ticket='{open.Id}'] a")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^[0-9]{6,}$"));
        Assert.True(await page.EvaluateAsync<bool>("() => window.__sameDocument === true"));
        await Screenshot(page, "agent-7-call-pop");
        await NoLabelOrContrastProblems(page);

        // Keyboard: the pop's first button is reachable and fills the search with the caller's number.
        await pop.GetByRole(AriaRole.Button, new() { Name = "以此號碼查詢" }).FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.Locator("#s-phone")).ToHaveValueAsync(Phone);
        await Expect(page.Locator($"article[data-household='{Household}'] li[data-ticket='{open.Id}']")).ToBeVisibleAsync();
        await Screenshot(page, "agent-8-call-searched");
        await page.CloseContext();
    }
}
