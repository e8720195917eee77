using Microsoft.Playwright;
using static Hotline.Browser.Tests.Portal.OwnerTickets;
using static Hotline.Browser.Tests.Portal.PortalPages;
using static Microsoft.Playwright.Assertions;

namespace Hotline.Browser.Tests.Portal;

/// <summary>
/// The ticket page offers exactly the owner actions the ticket accepts now, as the grain answers it (not guessed from the
/// status): each state below has its own expected set, worked out from the workflow by hand. Building 5 is these tests'.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class AllowedActionFormsTests(PortalFixture fixture)
{
    [BrowserFact]
    public async Task A2_HandledUrgeOnly_ResolvedConfirmRateReopen_ClosedByCallbackRateReopen_RatedReopenOnly()
    {
        const string household = "5-1-501", phone = "13700137001";
        await ImportHousehold(fixture.Host, household, phone);
        var id = await StaffRegisters(fixture.Host, "Repair", household, "廚房水管漏水");
        var page = await fixture.NewPage();
        await SignIn(page, fixture.Codes, phone);

        // Being handled: the owner may only urge.
        await page.GotoAsync($"/portal/tickets/{id}");
        await Expect(page.GetByTestId("status")).ToHaveTextAsync("已受理，已派交管理處");
        Assert.Equal(["urge"], await ActionForms(page));
        await Expect(page.GetByTestId("no-action")).ToHaveCountAsync(0);

        // Resolved, within the reopen window and unrated: confirm, rate or reopen; no urge any more.
        await Resolve(fixture.Host, id, fixture.Clock.GetUtcNow());
        await page.GotoAsync($"/portal/tickets/{id}");
        await Expect(page.GetByTestId("status")).ToHaveTextAsync("已處理，待客服回訪");
        Assert.Equal(["confirm", "rate", "reopen"], await ActionForms(page));

        // Closed by the call center's callback: nothing left to confirm; the owner's own rating and a reopen remain.
        await Command(fixture.Host, "cc-agent-1", id, "callback", new { reached = true, rating = 5 });
        await page.GotoAsync($"/portal/tickets/{id}");
        await Expect(page.GetByTestId("status")).ToHaveTextAsync("已結案");
        Assert.Equal(["rate", "reopen"], await ActionForms(page));

        // Rated once: the rate form goes, the reopen form (still within the window) stays.
        var rate = page.GetByRole(AriaRole.Region, new() { Name = "評分" });
        foreach (var dimension in new[] { "整體", "速度", "態度" })
        {
            await rate.GetByRole(AriaRole.Group, new() { Name = dimension }).GetByLabel("4 分", new() { Exact = true }).CheckAsync();
        }

        await rate.GetByRole(AriaRole.Button, new() { Name = "提交評分" }).ClickAsync();
        await Expect(page.GetByTestId("rating-overall")).ToHaveTextAsync("4 分");
        await page.GotoAsync($"/portal/tickets/{id}");
        Assert.Equal(["reopen"], await ActionForms(page));
        await page.CloseContext();
    }

    [BrowserFact]
    public async Task A10_2_3_UndecidedSuggestionUrgeOnly_AnsweredSuggestionRateOnly_NeverConfirmOrReopen()
    {
        const string household = "5-1-502", phone = "13700137002";
        await ImportHousehold(fixture.Host, household, phone);
        var id = await StaffRegisters(fixture.Host, "Suggestion", household, "建議在小區增設兒童遊樂設施");
        var page = await fixture.NewPage();
        await SignIn(page, fixture.Codes, phone);

        await page.GotoAsync($"/portal/tickets/{id}");
        Assert.Equal(["urge"], await ActionForms(page));

        // Answered (resolved): the owner may rate the answer; a suggestion's reply is neither confirmed nor reopened.
        await Command(fixture.Host, "sunrise-liaison", id, "decide", new { adopted = true, note = "感謝建議，下月增設" });
        await page.GotoAsync($"/portal/tickets/{id}");
        await Expect(page.GetByTestId("status")).ToHaveTextAsync("已處理，待客服回訪");
        Assert.Equal(["rate"], await ActionForms(page));
        await page.CloseContext();
    }
}
