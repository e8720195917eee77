using Microsoft.Playwright;
using static Hotline.Browser.Tests.Portal.OwnerTickets;
using static Hotline.Browser.Tests.Portal.PortalPages;
using static Microsoft.Playwright.Assertions;

namespace Hotline.Browser.Tests.Portal;

/// <summary>
/// A closed ticket past its reopen window (7 days, config/sla-policy.json) offers the owner no form and says why; the
/// clock is moved, so this runs on the moving-clock host (building 9 of its project is this test's), on a phone.
/// </summary>
[Collection(MovingClockCollection.Name)]
public sealed class ReopenWindowFormsTests(MovingClockFixture fixture)
{
    private static readonly ViewportSize Phone = new() { Width = 390, Height = 844 };

    [BrowserFact]
    public async Task A2_ClosedTicketPastTheReopenWindow_ShowsNoForm_SaysSo_AndAStaleReopenFormIs409()
    {
        const string household = "9-1-901", phone = "13600136001";
        await ImportHousehold(fixture.Host, household, phone);
        var id = await StaffRegisters(fixture.Host, "Repair", household, "浴室水龍頭漏水");
        await Resolve(fixture.Host, id, fixture.Clock.GetUtcNow());
        await Command(fixture.Host, "cc-agent-1", id, "callback", new { reached = true, rating = 5 });
        var page = await fixture.NewPage(Phone);
        await SignIn(page, fixture.Codes, phone);

        // Closed just now: the owner may still rate and reopen.
        await page.GotoAsync($"/portal/tickets/{id}");
        await Expect(page.GetByTestId("status")).ToHaveTextAsync("已結案");
        Assert.Equal(["rate", "reopen"], await ActionForms(page));
        var stale = await HiddenFields(page.GetByRole(AriaRole.Region, new() { Name = "要求重新處理" }));
        await page.CloseContext();

        // Seven days and a minute after closing: past the window, the grain accepts neither, and the page offers neither.
        await fixture.MoveTo(fixture.Clock.GetUtcNow() + TimeSpan.FromDays(7) + TimeSpan.FromMinutes(1), id);
        page = await fixture.NewPage(Phone);
        await SignIn(page, fixture.Codes, phone);
        await page.GotoAsync($"/portal/tickets/{id}");
        await Expect(page.GetByTestId("status")).ToHaveTextAsync("已結案");
        Assert.Empty(await ActionForms(page));
        await Expect(page.GetByTestId("no-action")).ToHaveTextAsync("此個案已結案，重開期限已過。");

        // The reopen form of the older page, sent now (with this session's antiforgery token, from the sign-out form):
        // the grain still decides, and refuses it (409) in words.
        stale["note"] = "水龍頭又開始漏水";
        stale["__RequestVerificationToken"] = (await page.Locator("form[action='/portal/sign-out'] input[name=__RequestVerificationToken]").GetAttributeAsync("value"))!;
        var late = await page.APIRequest.PostAsync($"/portal/tickets/{id}", new() { Form = FormOf(page, stale) });
        Assert.Equal(409, late.Status);
        Assert.Contains("現在不能要求重新處理", System.Net.WebUtility.HtmlDecode(await late.TextAsync()), StringComparison.Ordinal);
        await page.CloseContext();
    }
}
