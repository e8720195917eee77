using Hotline.TestKit;
using Microsoft.Playwright;
using static Hotline.Browser.Tests.Console.ConsolePages;
using static Microsoft.Playwright.Assertions;

namespace Hotline.Browser.Tests.Console;

/// <summary>Issue 13, the staff console in a real browser: sign-in, My work, a ticket's clocks and an action, scope, safe text.</summary>
[Collection(PortalCollection.Name)]
public sealed class ConsoleTests(PortalFixture fixture)
{
    [BrowserFact]
    public async Task I13_Liaison_SignsIn_SeesTheDispatchedTicketInMyWork_ItsClocks_AndStartsIt()
    {
        var ticket = await fixture.Host.ClientAs("cc-agent-1").Register(TicketApi.Complaint($"I13 2號樓水管漏水 {Guid.NewGuid():N}"));
        var page = await fixture.NewPage();
        await SignIn(page, fixture, Demo.SunriseLiaison);

        // My work: the dispatched ticket waits on the unit, so on its liaison, with a countdown to its next limit.
        var waiting = page.Locator($"section[aria-labelledby=needs-me] a[href='/console/tickets/{ticket.Id}']");
        await Expect(waiting).ToBeVisibleAsync();
        await Expect(page.Locator("section[aria-labelledby=needs-me] .countdown").First).ToContainTextAsync("剩餘");
        await Screenshot(page, "1-my-work");
        await NoLabelOrContrastProblems(page);

        await waiting.ClickAsync();
        await Expect(page).ToHaveURLAsync($"{fixture.Address}console/tickets/{ticket.Id}");
        await Interactive(page);
        await Expect(page.Locator("dd[data-field=status]")).ToHaveTextAsync("已派單");
        await Expect(page.Locator("tr[data-clock=Start]")).ToContainTextAsync("剩餘");
        await Screenshot(page, "2-ticket");
        await NoLabelOrContrastProblems(page);

        // The button goes the API's way: the access rule for "start", then the ticket grain.
        await page.GetByRole(AriaRole.Button, new() { Name = "開始處理" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("已完成：開始處理");
        await Expect(page.Locator("dd[data-field=status]")).ToHaveTextAsync("已開始");
        await Expect(page.Locator("tr[data-clock=Start]")).ToContainTextAsync("已達成");
        Assert.Equal(Hotline.Tickets.Contracts.TicketStatus.Started, (await fixture.Host.ClientAs("admin").GetTicket(ticket.Id)).Status);
        await Screenshot(page, "3-started");

        await page.GetByRole(AriaRole.Link, new() { Name = "個案", Exact = true }).ClickAsync();
        await Expect(page.Locator($"a[href='/console/tickets/{ticket.Id}']")).ToBeVisibleAsync();
        await Screenshot(page, "4-tickets");
        await NoLabelOrContrastProblems(page);
        await page.CloseContext();
    }

    [BrowserFact]
    public async Task I13_LiaisonOfAnotherProject_SeesNoneOfIt_InMyWork_TheList_OrByItsAddress()
    {
        var ticket = await fixture.Host.ClientAs("cc-agent-1").Register(TicketApi.Complaint($"I13 別的項目 {Guid.NewGuid():N}"));
        var page = await fixture.NewPage();
        await SignIn(page, fixture, "riverside-liaison");

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "需要我處理" })).ToBeVisibleAsync();
        await Expect(page.Locator($"a[href='/console/tickets/{ticket.Id}']")).ToHaveCountAsync(0);

        await page.GotoAsync($"/console/tickets/{ticket.Id}");
        await Interactive(page);
        await Expect(page.GetByRole(AriaRole.Alert)).ToHaveTextAsync("找不到此個案，或它不在您的範圍內。");
        await Expect(page.Locator("button[data-command]")).ToHaveCountAsync(0);
        await Expect(page.Locator("dd[data-field=text]")).ToHaveCountAsync(0);
        await Screenshot(page, "5-other-project-ticket");

        await page.GotoAsync("/console/tickets");
        await Interactive(page);
        await Expect(page.Locator($"a[href='/console/tickets/{ticket.Id}']")).ToHaveCountAsync(0);
        // The project choice offers only their own project; an address asking for the other's list is refused as the API refuses it.
        await Expect(page.Locator("#f-projectId option[value='p-riverside']")).ToHaveCountAsync(1);
        await Expect(page.Locator($"#f-projectId option[value='{Demo.Sunrise}']")).ToHaveCountAsync(0);
        await page.GotoAsync($"/console/tickets?projectId={Demo.Sunrise}");
        await Interactive(page);
        await Expect(page.GetByRole(AriaRole.Alert)).ToHaveTextAsync("您沒有權限查看此頁面。");
        await Screenshot(page, "6-other-project-list");

        // The language switch: English, then Simplified Chinese, kept across pages.
        await page.GetByRole(AriaRole.Button, new() { Name = "English" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Tickets", Level = 1 })).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "简体中文" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "工单", Level = 1 })).ToBeVisibleAsync();
        await page.GotoAsync("/console");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "收件箱" })).ToBeVisibleAsync();
        await Screenshot(page, "7-simplified");
        await page.CloseContext();
    }

    [BrowserFact]
    public async Task I13_TicketTextHoldingHtmlAndScript_ShowsAsText_AndRunsNothing()
    {
        const string Text = "<script>window.__hotlineXss = 1; alert('xss')</script><img src=x onerror=\"alert(1)\"><b>粗體</b> 漏水";
        var ticket = await fixture.Host.ClientAs("cc-agent-1").Register(TicketApi.Complaint(Text));
        var page = await fixture.NewPage();
        var dialogs = new List<string>();
        var errors = new List<string>();
        page.Dialog += (_, dialog) => dialogs.Add(dialog.Message);
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                errors.Add(message.Text);
            }
        };
        page.PageError += (_, error) => errors.Add(error);
        await SignIn(page, fixture, Demo.SunriseLiaison);

        await page.GotoAsync($"/console/tickets/{ticket.Id}");
        await Interactive(page);
        await Expect(page.Locator("dd[data-field=text]")).ToHaveTextAsync(Text);
        await Expect(page.Locator("dd[data-field=text] b, dd[data-field=text] img, dd[data-field=text] script")).ToHaveCountAsync(0);
        await Screenshot(page, "8-html-as-text");
        Assert.Null(await page.EvaluateAsync<int?>("() => window.__hotlineXss ?? null"));
        Assert.Empty(dialogs);
        Assert.Empty(errors);
        await page.CloseContext();
    }
}
