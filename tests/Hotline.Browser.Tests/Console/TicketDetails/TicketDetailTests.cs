using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Hotline.TestKit;
using Microsoft.Playwright;
using static Hotline.Browser.Tests.Console.ConsolePages;
using static Microsoft.Playwright.Assertions;

namespace Hotline.Browser.Tests.Console.TicketDetails;

/// <summary>Issue 13, the ticket page: its photos, and the owner's contact masked, whole only for those who must call the owner (audited).</summary>
[Collection(PortalCollection.Name)]
public sealed class TicketDetailTests(PortalFixture fixture)
{
    // A 1 x 1 PNG.
    private static readonly byte[] Png = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");

    [BrowserFact]
    public async Task I13_TheLiaison_SeesThePhoto_AndTheWholeContactOnlyAfterAskingForIt_TheViewAudited()
    {
        var phone = $"139{Random.Shared.Next(0, 100_000_000):D8}";
        var ticket = await fixture.Host.ClientAs("cc-agent-1").Register(new
        {
            requestId = Guid.NewGuid().ToString("N"), kind = "Complaint", projectId = PortalFixture.Project, text = $"I13 相片與聯絡 {Guid.NewGuid():N}",
            location = "3號樓", householdNotGiven = true, ownerName = "王小明", ownerPhone = phone,
        });
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(Png);
        file.Headers.ContentType = MediaTypeHeaderValue.Parse("image/png");
        form.Add(file, "photo", "leak.png");
        (await fixture.Host.ClientAs("cc-agent-1").PostAsync($"/api/tickets/{ticket.Id}/photos", form)).EnsureSuccessStatusCode();

        var page = await fixture.NewPage();
        await SignIn(page, fixture, Demo.SunriseLiaison);
        await page.GotoAsync($"/console/tickets/{ticket.Id}");
        await Interactive(page);

        // The photo, loaded through the API's own download with the console's session.
        var photo = page.GetByAltText("個案相片 1");
        await Expect(photo).ToBeVisibleAsync();
        await page.WaitForFunctionAsync("() => { const i = document.querySelector('ul.photos img'); return i && i.complete && i.naturalWidth === 1; }");
        // Masked first: 139****1234, and the name's family name only.
        var owner = page.Locator("dd[data-field=owner]");
        await Expect(owner).ToContainTextAsync($"{phone[..3]}****{phone[^4..]}");
        await Expect(owner).Not.ToContainTextAsync(phone);
        await Screenshot(page, "ticket-detail-1-masked-and-photo");
        await NoLabelOrContrastProblems(page);

        await owner.GetByRole(AriaRole.Button, new() { Name = "顯示完整聯絡方式" }).ClickAsync();
        await Expect(owner.Locator("[data-whole=yes]")).ToHaveTextAsync($"王小明 {phone}");
        await Expect(owner).ToContainTextAsync("此次查看已記入隱私稽核紀錄。");
        await Screenshot(page, "ticket-detail-2-whole-contact");
        var audit = await fixture.Host.ClientAs("qd-head").GetFromJsonAsync<JsonElement>($"/api/privacy/audit?ownerTicketId={ticket.Id}");
        var entry = Assert.Single(audit.GetProperty("entries").EnumerateArray());
        Assert.Equal((Demo.SunriseLiaison, "ProjectLiaison"), (entry.GetProperty("personId").GetString(), entry.GetProperty("actingRole").GetString()));
        await page.CloseContext();

        // QualityDept reads the ticket but has no need to call the owner: masked only, no button (the API answers 403).
        var quality = await fixture.NewPage();
        await SignIn(quality, fixture, "qd-head");
        await quality.GotoAsync($"/console/tickets/{ticket.Id}");
        await Interactive(quality);
        await Expect(quality.Locator("dd[data-field=owner]")).ToContainTextAsync($"{phone[..3]}****{phone[^4..]}");
        await Expect(quality.GetByRole(AriaRole.Button, new() { Name = "顯示完整聯絡方式" })).ToHaveCountAsync(0);
        await quality.CloseContext();
    }
}
