using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using static Hotline.Browser.Tests.Portal.OwnerTickets;
using static Hotline.Browser.Tests.Portal.PortalPages;
using static Microsoft.Playwright.Assertions;

namespace Hotline.Browser.Tests.Portal;

/// <summary>The owner's side on the ticket page: urge, confirm the resolution with ratings, reopen; staff act through the API.</summary>
[Collection(PortalCollection.Name)]
public sealed class OwnerActionTests(PortalFixture fixture)
{
    [BrowserFact]
    public async Task A2_OwnerUrges_PageSaysUrgedAndWhenNext_NoUrgeFormUntilThen_AStaleUrgeFormIsRefusedWithThatTime_ADoubleSubmitIsOneUrge()
    {
        var id = await StaffRegistersRepair(1, "3號樓1單元樓道燈不亮");
        var page = await fixture.NewPage();
        await SignIn(page, fixture, PortalFixture.Phones[1]);
        await page.GotoAsync($"/portal/tickets/{id}");
        var urge = page.GetByRole(AriaRole.Region, new() { Name = "催單" });
        var form = await HiddenFields(urge);

        // The default interval is 4 hours; the page shows Asia/Shanghai (UTC+8) to the minute.
        var next = ShanghaiMinute(fixture.Clock.GetUtcNow() + TimeSpan.FromHours(4));
        await urge.GetByLabel("補充說明").FillAsync("已經等了很久，請盡快處理");
        await urge.GetByRole(AriaRole.Button, new() { Name = "催單" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("已催單，管理處會盡快跟進。");
        await Expect(page.GetByTestId("urged")).ToContainTextAsync("已催單 1 次");
        await Expect(page.GetByTestId("next-urge")).ToHaveTextAsync(next);

        // Inside the interval the grain accepts no urge, so the page offers none: the time it is allowed again, no form.
        await page.GotoAsync($"/portal/tickets/{id}");
        await Expect(page.GetByTestId("next-urge")).ToHaveTextAsync(next);
        Assert.Empty(await ActionForms(page));
        await Expect(page.GetByTestId("no-action")).ToHaveTextAsync("管理處正在跟進，目前沒有可進行的操作。");

        // The same form posted again (a double tap, a resent page) is the one urge already made: 200, not a refusal.
        form["note"] = "已經等了很久，請盡快處理";
        var again = await page.APIRequest.PostAsync(page.Url, new() { Form = FormOf(page, form) });
        Assert.Equal(200, again.Status);

        // A new urge from a page older than the first one is refused (429) naming when it is allowed.
        form["formToken"] = Guid.NewGuid().ToString("N");
        var refused = await page.APIRequest.PostAsync(page.Url, new() { Form = FormOf(page, form) });
        Assert.Equal(429, refused.Status);
        Assert.Contains($"請於 {next} 後再催單", System.Net.WebUtility.HtmlDecode(await refused.TextAsync()), StringComparison.Ordinal);

        var ticket = await fixture.Host.ClientAs("admin").GetFromJsonAsync<JsonElement>($"/api/tickets/{id}");
        Assert.Equal(1, ticket.GetProperty("urgeCount").GetInt32());
        await page.CloseContext();
    }

    [BrowserFact]
    public async Task A2_OwnerConfirmsResolutionWithRatings543_TicketClosedWithThem_StaffAnswerShown_ThenReopenedWithinWindow()
    {
        var id = await StaffRegistersRepair(8, "浴室水龍頭漏水");
        await Command("sunrise-liaison", id, "start", new { });
        await Command("sunrise-liaison", id, "contact", new { department = "EngineeringDept", plan = "更換水龍頭" });
        await Command("sunrise-liaison", id, "report-plan", new { completionDueAt = fixture.Clock.GetUtcNow().AddDays(1), plan = "更換水龍頭" });
        await Command("sunrise-liaison", id, "resolve", new { note = "已更換水龍頭" });
        var page = await fixture.NewPage();
        await SignIn(page, fixture, PortalFixture.Phones[8]);
        await page.GotoAsync($"/portal/tickets/{id}");
        await Expect(page.GetByTestId("status")).ToHaveTextAsync("已處理，待客服回訪");
        var confirm = page.GetByRole(AriaRole.Region, new() { Name = "確認處理結果" });

        // A score outside 1–5 (a tampered form) is a 400 in words, and changes nothing.
        var tampered = await HiddenFields(confirm);
        (tampered["overall"], tampered["speed"], tampered["attitude"]) = ("9", "4", "3");
        var bad = await page.APIRequest.PostAsync(page.Url, new() { Form = FormOf(page, tampered) });
        Assert.Equal(400, bad.Status);
        Assert.Contains("請為整體、速度、態度各選 1 至 5 分", System.Net.WebUtility.HtmlDecode(await bad.TextAsync()), StringComparison.Ordinal);

        await Score(confirm, "整體", 5);
        await Score(confirm, "速度", 4);
        await Score(confirm, "態度", 3);
        await confirm.GetByLabel("意見").FillAsync("師傅很準時");
        await confirm.GetByRole(AriaRole.Button, new() { Name = "確認已解決" }).ClickAsync();

        await Expect(page.GetByTestId("status")).ToHaveTextAsync("已結案");
        await Expect(page.GetByTestId("rating-overall")).ToHaveTextAsync("5 分");
        await Expect(page.GetByTestId("rating-speed")).ToHaveTextAsync("4 分");
        await Expect(page.GetByTestId("rating-attitude")).ToHaveTextAsync("3 分");
        var staff = fixture.Host.ClientAs("admin");
        var closed = await staff.GetFromJsonAsync<JsonElement>($"/api/tickets/{id}");
        Assert.Equal("Closed", closed.GetProperty("status").GetString());
        var rating = closed.GetProperty("rating");
        Assert.Equal((5, 4, 3), (rating.GetProperty("overall").GetInt32(), rating.GetProperty("speed").GetInt32(), rating.GetProperty("attitude").GetInt32()));
        Assert.Equal("師傅很準時", rating.GetProperty("comment").GetString());
        Assert.Equal(JsonValueKind.Object, closed.GetProperty("resolutionConfirmed").ValueKind);

        // The confirm form sent again with a new token once the ticket is closed: the state refuses it (409), in words.
        tampered["overall"] = "5";
        tampered["formToken"] = Guid.NewGuid().ToString("N");
        var late = await page.APIRequest.PostAsync($"/portal/tickets/{id}", new() { Form = FormOf(page, tampered) });
        Assert.Equal(409, late.Status);
        Assert.Contains("現在不能確認處理結果", System.Net.WebUtility.HtmlDecode(await late.TextAsync()), StringComparison.Ordinal);

        await Command("sunrise-liaison", id, "answer-rating", new { note = "謝謝您的肯定" });
        await page.GotoAsync($"/portal/tickets/{id}");
        await Expect(page.GetByTestId("rating-answer")).ToHaveTextAsync("謝謝您的肯定");

        // Within the reopen window (7 days; the clock has not moved): back to handling.
        var reopen = page.GetByRole(AriaRole.Region, new() { Name = "要求重新處理" });
        await reopen.GetByLabel("原因").FillAsync("水龍頭又開始漏水");
        await reopen.GetByRole(AriaRole.Button, new() { Name = "要求重新處理" }).ClickAsync();
        await Expect(page.GetByTestId("status")).ToHaveTextAsync("按處理方案跟進中");
        var reopened = await staff.GetFromJsonAsync<JsonElement>($"/api/tickets/{id}");
        Assert.Equal("InProgress", reopened.GetProperty("status").GetString());
        Assert.Equal(1, reopened.GetProperty("reopenCount").GetInt32());
        await page.CloseContext();
    }

    private Task<Guid> StaffRegistersRepair(int owner, string text) => StaffRegisters(fixture.Host, "Repair", PortalFixture.HouseholdOf(owner), text);

    private Task Command(string person, Guid id, string command, object body) => OwnerTickets.Command(fixture.Host, person, id, command, body);

    private static Task Score(ILocator form, string dimension, int score) =>
        form.GetByRole(AriaRole.Group, new() { Name = dimension }).GetByLabel($"{score} 分", new() { Exact = true }).CheckAsync();

    // Shanghai has no daylight saving: UTC+8 all year.
    private static string ShanghaiMinute(DateTimeOffset at) => at.ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
}
