using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Hotline.Browser.Tests.Portal;

/// <summary>What an owner does on the pages, step by step, waiting on what the page shows (never on time).</summary>
internal static partial class PortalPages
{
    public static async Task RequestCode(IPage page, string phone)
    {
        await page.GotoAsync("/portal/sign-in");
        await page.GetByLabel("手機號碼").FillAsync(phone);
        await page.GetByRole(AriaRole.Button, new() { Name = "發送驗證碼" }).ClickAsync();
        await Expect(page.GetByLabel("6 位數字驗證碼")).ToBeVisibleAsync();
    }

    public static async Task EnterCode(IPage page, string code)
    {
        await page.GetByLabel("6 位數字驗證碼").FillAsync(code);
        await page.GetByRole(AriaRole.Button, new() { Name = "登入", Exact = true }).ClickAsync();
    }

    public static Task SignIn(IPage page, PortalFixture fixture, string phone) => SignIn(page, fixture.Codes, phone);

    /// <summary>Signs in with the code the host texted through <paramref name="codes"/> (any host with the capturing channel).</summary>
    public static async Task SignIn(IPage page, CapturingCodeChannel codes, string phone)
    {
        await RequestCode(page, phone);
        await EnterCode(page, codes.LastCode(phone));
        await Expect(page).ToHaveURLAsync(MyTickets());
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "我的個案" })).ToBeVisibleAsync();
    }

    [GeneratedRegex("/portal/tickets$")]
    public static partial Regex MyTickets();

    [GeneratedRegex("/portal/tickets/(?<id>[0-9a-f-]{36})$")]
    public static partial Regex TicketUrl();

    [GeneratedRegex(@"^\d{6}$")]
    public static partial Regex TrackingNumber();
}
