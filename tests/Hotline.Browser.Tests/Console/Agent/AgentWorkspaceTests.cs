using Hotline.TestKit;
using Microsoft.Playwright;
using static Hotline.Browser.Tests.Console.ConsolePages;
using static Microsoft.Playwright.Assertions;

namespace Hotline.Browser.Tests.Console.Agent;

/// <summary>Issue 13, the agent workspace in a real browser: find the caller, see the repeat before registering, register, land on the ticket.</summary>
[Collection(PortalCollection.Name)]
public sealed class AgentWorkspaceTests(PortalFixture fixture)
{
    [BrowserFact]
    public async Task A11_1_1_Agent_FindsTheOwnerByPhone_SeesTheRepeatBeforeRegistering_RegistersWithTheSuggestedCategory_AndLandsOnTheTicket()
    {
        const string Household = "7-2-701", Phone = "13900139001";
        // Markup and script in the complaint: the pages must show them as text and run nothing.
        const string Text = AgentHouseholds.BurstPipe + " <script>window.__hotlineXss = 1</script><b>又</b><img src=x onerror=\"alert(1)\">";
        await AgentHouseholds.Import(fixture, Household, Phone);
        var first = await AgentHouseholds.FirstComplaint(fixture, Household);
        var page = await fixture.NewPage();
        var problems = new List<string>();
        page.Dialog += (_, dialog) => problems.Add(dialog.Message);
        page.PageError += (_, error) => problems.Add(error);
        await SignIn(page, fixture, "cc-agent-1");

        await page.GetByRole(AriaRole.Link, new() { Name = "坐席工作台" }).ClickAsync();
        await Interactive(page);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "坐席工作台", Level = 1 })).ToBeVisibleAsync();
        var phone = page.GetByLabel("電話", new() { Exact = true });
        await phone.FillAsync(Phone);
        await phone.PressAsync("Enter");

        // The household and its open ticket (the first complaint), the keyboard moved to the results.
        var household = page.Locator($"article[data-household='{Household}']");
        await Expect(household.Locator($"li[data-ticket='{first.Id}']")).ToBeVisibleAsync();
        await Expect(page.Locator("h2#households")).ToBeFocusedAsync();
        await Screenshot(page, "agent-1-found");
        await NoLabelOrContrastProblems(page);

        await household.GetByRole(AriaRole.Button).ClickAsync();
        await Expect(page.Locator("#r-text")).ToBeFocusedAsync();
        await Expect(page.Locator("#r-household")).ToHaveValueAsync(Household);
        await page.Locator("#r-text").FillAsync(Text);
        await page.Locator("#r-text").PressAsync("Enter");

        // Before anything is registered: the repeat of the first ticket, and the suggested category to confirm.
        await Expect(page.Locator($"p.repeat[data-repeat-of='{first.Id}']")).ToBeVisibleAsync();
        await Expect(page.Locator("#r-category")).ToHaveValueAsync("engineering");
        await Expect(page.Locator("#r-category")).ToBeFocusedAsync();
        await Expect(page.Locator("#r-severity")).ToHaveValueAsync("Serious");
        await Screenshot(page, "agent-2-repeat-flagged");
        await NoLabelOrContrastProblems(page);

        await page.Locator("#r-text").PressAsync("Enter");
        var link = page.Locator(".registered a");
        await Expect(link).ToBeFocusedAsync();
        await Screenshot(page, "agent-3-registered");
        await link.ClickAsync();
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/console/tickets/[0-9a-f-]{36}$"));
        await Interactive(page);
        await Expect(page.Locator("dd[data-field=text]")).ToHaveTextAsync(Text);
        await Expect(page.Locator("dd[data-field=text] b, dd[data-field=text] img, dd[data-field=text] script")).ToHaveCountAsync(0);
        await Screenshot(page, "agent-4-ticket");

        var id = Guid.Parse(page.Url[^36..]);
        var ticket = await fixture.Host.ClientAs("admin").GetTicket(id);
        Assert.Equal("engineering", ticket.Category);
        Assert.Equal("call-center", ticket.Channel);
        Assert.Equal(Household, ticket.Household);
        Assert.Equal(first.Id, ticket.RepeatOf);
        Assert.Null(await page.EvaluateAsync<int?>("() => window.__hotlineXss ?? null"));
        Assert.Empty(problems);
        await page.CloseContext();
    }

    [BrowserFact]
    public async Task A2_ABadField_IsRefusedNamingTheField_AndNothingIsRegistered()
    {
        var page = await fixture.NewPage();
        await SignIn(page, fixture, "cc-agent-1");
        await page.GotoAsync("/console/agent");
        await Interactive(page);

        // A project that does not exist: the check refuses it in the agent's words for the field.
        await page.Locator("#r-project").FillAsync("p-nowhere");
        await page.Locator("#r-text").FillAsync(AgentHouseholds.BurstPipe);
        await page.Locator("#r-text").PressAsync("Enter");

        await Expect(page.Locator("form.register li[data-field=projectId]")).ToContainTextAsync("項目");
        await Expect(page.Locator(".registered")).ToHaveCountAsync(0);
        await Screenshot(page, "agent-5-field-error");
        await NoLabelOrContrastProblems(page);
        await page.CloseContext();
    }

    [BrowserFact]
    public async Task I13_ALiaison_HasNoAgentWorkspace_NoNavEntry_AndItsAddressShowsTheRefusal()
    {
        var page = await fixture.NewPage();
        await SignIn(page, fixture, Demo.SunriseLiaison);
        await Expect(page.Locator("nav a[href='/console/tickets']")).ToBeVisibleAsync();
        await Expect(page.Locator("nav a[href='/console/agent']")).ToHaveCountAsync(0);

        await page.GotoAsync("/console/agent");
        await Interactive(page);
        await Expect(page.GetByRole(AriaRole.Alert)).ToHaveTextAsync("您沒有權限查看此頁面。");
        await Expect(page.Locator("form.register, .owner-search, .call-pop")).ToHaveCountAsync(0);
        await Screenshot(page, "agent-6-liaison-refused");
        await page.CloseContext();
    }
}
