using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using static Hotline.Browser.Tests.Portal.PortalPages;
using static Microsoft.Playwright.Assertions;

namespace Hotline.Browser.Tests.Portal;

/// <summary>A2 "online customer service": an owner on a phone signs in, submits, tracks; staff act; the page follows.</summary>
[Collection(PortalCollection.Name)]
public sealed class PortalFlowTests(PortalFixture fixture)
{
    // A 1×1 PNG: decodes, so the Attachments module's checks accept it.
    private static readonly byte[] Png = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");

    [BrowserFact]
    public async Task A2_OwnerSignsInSubmitsComplaintWithPhoto_TracksItAndSeesTheConfirmedPlanDate()
    {
        var phone = PortalFixture.Phones[0];
        var page = await fixture.NewPage();
        await SignIn(page, fixture, phone);

        await page.GetByRole(AriaRole.Link, new() { Name = "提交新個案" }).ClickAsync();
        await page.GetByLabel("投訴", new() { Exact = true }).CheckAsync();
        await Expect(page.GetByLabel("住戶")).ToHaveValueAsync("0");
        await page.GetByLabel("內容").FillAsync("3號樓1單元電梯經常停運，請盡快維修");
        await page.GetByLabel("相片").SetInputFilesAsync(new FilePayload { Name = "lift.png", MimeType = "image/png", Buffer = Png });
        await page.GetByRole(AriaRole.Button, new() { Name = "提交" }).ClickAsync();

        var tracking = page.GetByTestId("tracking-number");
        await Expect(tracking).ToHaveTextAsync(TrackingNumber());
        var number = await tracking.InnerTextAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = "查看個案進度" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(TicketUrl());
        var id = Guid.Parse(TicketUrl().Match(page.Url).Groups["id"].Value);
        await Expect(page.GetByTestId("tracking-number")).ToHaveTextAsync(number);
        await Expect(page.GetByTestId("status")).ToHaveTextAsync("已受理，已派交管理處");

        // Registered as the portal's ticket: channel web, the owner's household, the photo stored through the Attachments checks.
        var staff = fixture.Host.ClientAs("admin");
        var ticket = await staff.GetFromJsonAsync<JsonElement>($"/api/tickets/{id}");
        Assert.Equal("web", ticket.GetProperty("channel").GetString());
        Assert.Equal(PortalFixture.HouseholdOf(0), ticket.GetProperty("household").GetString());
        Assert.Equal("Complaint", ticket.GetProperty("kind").GetString());
        var photos = await staff.GetFromJsonAsync<JsonElement>($"/api/tickets/{id}/photos");
        Assert.Equal(1, photos.GetArrayLength());

        await page.GotoAsync("/portal/tickets");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = $"追蹤編號 {number}" })).ToBeVisibleAsync();

        // Staff plan it and QualityDept/the call center confirm it: the owner's page shows the confirmed date (Asia/Shanghai).
        var now = fixture.Clock.GetUtcNow();
        Assert.True(now < new DateTimeOffset(2026, 11, 27, 14, 0, 0, TimeSpan.Zero), "the expected date assumes the demo clock is still on 2026-11-27 in Shanghai");
        await Command("sunrise-liaison", id, "start", new { });
        await Command("sunrise-liaison", id, "contact", new { department = "EngineeringDept", plan = "更換電梯門機" });
        await Command("sunrise-liaison", id, "report-plan", new { completionDueAt = now.AddDays(3), plan = "更換電梯門機" });
        await Command("cc-agent-1", id, "confirm-plan", new { });

        await page.GotoAsync($"/portal/tickets/{id}");
        await Expect(page.GetByTestId("plan-date")).ToHaveTextAsync("2026-11-30");
        await Expect(page.GetByTestId("status")).ToHaveTextAsync("按處理方案跟進中");
        await page.CloseContext();
    }

    [BrowserFact]
    public async Task A2_WrongCode_IsRefusedWithAClearMessage_AndNoSessionStarts()
    {
        var phone = PortalFixture.Phones[3];
        var page = await fixture.NewPage();
        await RequestCode(page, phone);
        var right = fixture.Codes.LastCode(phone);
        var wrong = ((int.Parse(right, System.Globalization.CultureInfo.InvariantCulture) + 1) % 1_000_000).ToString("D6", System.Globalization.CultureInfo.InvariantCulture);

        await EnterCode(page, wrong);

        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("驗證碼錯誤或已失效");
        await page.GotoAsync("/portal/tickets");
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/portal/sign-in"));
        await page.CloseContext();
    }

    [BrowserFact]
    public async Task A2_AnotherHouseholdsTicket_Is404_AndNotListed()
    {
        var registered = await fixture.Host.ClientAs("cc-agent-1").PostAsJsonAsync("/api/tickets",
            new { kind = "Repair", projectId = PortalFixture.Project, text = "廚房水龍頭漏水", household = PortalFixture.HouseholdOf(1) });
        registered.EnsureSuccessStatusCode();
        var other = (await registered.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var page = await fixture.NewPage();
        await SignIn(page, fixture, PortalFixture.Phones[2]);

        Assert.Equal(0, await page.Locator($"a[href='/portal/tickets/{other}']").CountAsync());
        var response = await page.GotoAsync($"/portal/tickets/{other}");

        Assert.Equal(404, response!.Status);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "找不到個案" })).ToBeVisibleAsync();
        await page.CloseContext();
    }

    private async Task Command(string person, Guid id, string command, object body)
    {
        var response = await fixture.Host.ClientAs(person).PostAsJsonAsync($"/api/tickets/{id}/{command}", body);
        Assert.True(response.IsSuccessStatusCode, $"{command}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }
}
