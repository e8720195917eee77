using Hotline.Portal.Tickets;
using Microsoft.Playwright;
using static Hotline.Browser.Tests.Portal.OwnerClient;
using static Hotline.Browser.Tests.Portal.OwnerTickets;
using static Hotline.Browser.Tests.Portal.PortalPages;
using static Microsoft.Playwright.Assertions;

namespace Hotline.Browser.Tests.Portal;

/// <summary>
/// On a phone: the owner chooses the portal in the settings form, and an open page follows their tickets without a reload
/// (the portal's script on the host's Server-Sent Events): the header's unread count, the ticket's status, plan and result.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class LivePortalTests(PortalFixture fixture)
{
    // "Within 2 s" of the change: the page's own wait, never a fixed sleep.
    private static readonly LocatorAssertionsToHaveTextOptions TwoSeconds = new() { Timeout = 2000 };

    [BrowserFact]
    public async Task A2_OwnerChoosesThePortal_TheOpenPageCountsTheNewMessage_TheMessagesPageShowsItAndMarksItRead()
    {
        const int owner = 14;
        var page = await fixture.NewPage();
        await SignIn(page, fixture, PortalFixture.Phones[owner]);
        await page.GetByRole(AriaRole.Link, new() { Name = "通知設定" }).ClickAsync();
        await page.GetByLabel("在住戶服務網站的「消息」").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "儲存" }).ClickAsync();
        await Expect(page.GetByTestId("saved")).ToBeVisibleAsync();
        await Expect(page.GetByLabel("在住戶服務網站的「消息」")).ToBeCheckedAsync();
        await page.GotoAsync(NewTicketRoute.List);
        await Expect(page.Locator("html[data-live-open]")).ToHaveCountAsync(1);

        var id = await CallCenterRegisters(fixture.Host, owner, "3號樓1單元1215室門鈴壞了");

        var link = page.GetByTestId("messages-link");
        await Expect(link).ToHaveTextAsync("消息（1 則未讀）", TwoSeconds);
        await link.ClickAsync();
        var message = page.GetByTestId("message");
        await Expect(message).ToHaveCountAsync(1);
        await Expect(message).ToContainTextAsync("新消息");
        await Expect(message).ToContainTextAsync("您的報修已受理，編號");
        await Expect(message.GetByRole(AriaRole.Link)).ToHaveAttributeAsync("href", $"/portal/tickets/{id}");

        await page.GotoAsync(NewTicketRoute.List);
        await Expect(page.GetByTestId("messages-link")).ToHaveTextAsync("消息");
        await page.CloseContext();
    }

    [BrowserFact]
    public async Task A2_TheOwnersOpenTicketPage_ShowsStartedPlanConfirmedAndResolved_WithoutReloading()
    {
        const int owner = 15;
        var id = await StaffRegisters(fixture.Host, "Repair", PortalFixture.HouseholdOf(owner), "浴室排氣扇不轉");
        var page = await fixture.NewPage();
        await SignIn(page, fixture, PortalFixture.Phones[owner]);
        await page.GotoAsync($"/portal/tickets/{id}");
        await Expect(page.GetByTestId("status")).ToHaveTextAsync("已受理，已派交管理處");
        await Expect(page.Locator("html[data-live-open]")).ToHaveCountAsync(1);
        // Gone if the page were loaded again: what proves the page was updated in place.
        await page.EvaluateAsync("() => { window.sameDocument = true; }");

        await Command(fixture.Host, "sunrise-liaison", id, "start", new { });
        await Expect(page.GetByTestId("status")).ToHaveTextAsync("管理處處理中", TwoSeconds);

        await Command(fixture.Host, "sunrise-liaison", id, "contact", new { department = "EngineeringDept", plan = "更換排氣扇" });
        var due = fixture.Clock.GetUtcNow().AddDays(2);
        // The page shows the date in Asia/Shanghai (UTC+8, no daylight saving).
        var dueDay = due.ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        await Command(fixture.Host, "sunrise-liaison", id, "report-plan", new { completionDueAt = due, plan = "更換排氣扇" });
        await Command(fixture.Host, "cc-agent-1", id, "confirm-plan", new { });
        await Expect(page.GetByTestId("status")).ToHaveTextAsync("按處理方案跟進中", TwoSeconds);
        await Expect(page.GetByTestId("plan-date")).ToHaveTextAsync(dueDay, TwoSeconds);

        await Command(fixture.Host, "sunrise-liaison", id, "resolve", new { note = "已更換排氣扇" });
        await Expect(page.GetByTestId("status")).ToHaveTextAsync("已處理，待客服回訪", TwoSeconds);
        await Expect(page.GetByRole(AriaRole.Region, new() { Name = "處理結果", Exact = true })).ToContainTextAsync("已更換排氣扇", new() { Timeout = 2000 });

        Assert.True(await page.EvaluateAsync<bool>("() => window.sameDocument === true"));
        await page.CloseContext();
    }
}
