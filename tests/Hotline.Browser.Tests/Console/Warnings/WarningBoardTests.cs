using System.Net.Http.Json;
using Hotline.Escalation.Contracts;
using Hotline.TestKit;
using Hotline.Tickets.Contracts;
using Microsoft.Playwright;
using static Hotline.Browser.Tests.Console.ConsolePages;
using static Microsoft.Playwright.Assertions;

namespace Hotline.Browser.Tests.Console.Warnings;

/// <summary>
/// Issue 13, the warning board: a breach raises a blue warning (A11.1.2) that appears on an open board without reload,
/// the call-center supervisor verifies it there (A11.1.r), and a liaison of another project sees none of it. Time
/// moves, so these run on their own host (<see cref="MovingClockFixture"/>), never the portal's.
/// </summary>
[Collection(MovingClockCollection.Name)]
public sealed class WarningBoardTests(MovingClockFixture fixture)
{
    // The host and the browser share 2 busy cores with other builds: a push may take longer than Playwright's 5 s default.
    private static readonly LocatorAssertionsToBeVisibleOptions Pushed = new() { Timeout = 30_000 };

    [BrowserFact]
    public async Task I13_A11_1_2_A11_1_r_BlueWarning_AppearsOnAnOpenBoard_SupervisorVerifiesIt_OtherProjectSeesNone()
    {
        var ticket = await fixture.Host.ClientAs("cc-agent-1").Register(TicketApi.Complaint($"I13 預警 {Guid.NewGuid():N}"));
        var start = ticket.Clocks.Single(c => c.Kind == ClockKind.Start).DueAt;
        // Just short of the blue threshold (3 days past the start limit): the breach is booked, no warning yet.
        await fixture.MoveTo(start + TimeSpan.FromDays(3) - TimeSpan.FromMinutes(1), ticket.Id);

        var page = await fixture.NewPage();
        await SignIn(page, fixture, Demo.Supervisor);
        await page.GetByRole(AriaRole.Link, new() { Name = "預警看板" }).ClickAsync();
        await Expect(page).ToHaveURLAsync($"{fixture.Address}console/warnings");
        await Interactive(page);
        await Expect(page.Locator("h1[data-live=on]")).ToBeVisibleAsync();
        var card = page.Locator($"section[data-level=Blue] li[data-warning]:has(a[href='/console/tickets/{ticket.Id}'])");
        await Expect(card).ToHaveCountAsync(0);
        await page.EvaluateAsync("() => { window.__sameDocument = true; }");

        await fixture.MoveTo(start + TimeSpan.FromDays(3) + TimeSpan.FromMinutes(1), ticket.Id);

        // The warning grain's push re-reads the open board: the blue warning, in words, with who must act and a countdown.
        await Expect(card).ToBeVisibleAsync(Pushed);
        Assert.True(await page.EvaluateAsync<bool>("() => window.__sameDocument === true"));
        await Expect(card.Locator(".level-tag")).ToHaveTextAsync("藍色預警");
        await Expect(card.Locator("[data-field=status]")).ToHaveTextAsync("待核實");
        await Expect(card.Locator("[data-field=must-act]")).ToContainTextAsync("客服中心主管");
        await Expect(card.Locator(".countdown")).ToContainTextAsync("剩餘");
        var warningId = Guid.Parse((await card.GetAttributeAsync("data-warning"))!);
        await Screenshot(page, "warnings-1-blue-appears");
        await NoLabelOrContrastProblems(page);

        // Dismissing needs a reason: sent without one, the problem names the field, and nothing changes.
        await card.GetByRole(AriaRole.Button, new() { Name = "駁回" }).ClickAsync();
        await card.GetByRole(AriaRole.Button, new() { Name = "送出" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("reason");
        await Expect(card).ToHaveAttributeAsync("data-status", "Raised");
        await Screenshot(page, "warnings-2-dismiss-needs-reason");
        await NoLabelOrContrastProblems(page);
        await card.GetByRole(AriaRole.Button, new() { Name = "取消" }).ClickAsync();

        await card.GetByRole(AriaRole.Button, new() { Name = "核實", Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("已完成：核實");
        await Expect(card).ToHaveAttributeAsync("data-status", "Verified");
        await Expect(card.Locator("[data-field=status]")).ToHaveTextAsync("已核實");
        await Expect(card.GetByRole(AriaRole.Button, new() { Name = "核實", Exact = true })).ToHaveCountAsync(0);
        var verified = await fixture.Host.ClientAs("admin").GetFromJsonAsync<WarningView>($"/api/warnings/{warningId}", TicketApi.Json);
        Assert.Equal(WarningStatus.Verified, verified!.Status);
        Assert.Equal([Demo.Supervisor], verified.VerifiedBy.Select(a => a.PersonId));
        await Screenshot(page, "warnings-3-verified");
        await page.CloseContext();

        // A liaison of another project: the board opens on their own project, without this warning; asking for the
        // warning's project is refused as the API refuses it.
        var other = await fixture.NewPage(new ViewportSize { Width = 390, Height = 844 });
        await SignIn(other, fixture, "riverside-liaison");
        await other.GotoAsync("/console/warnings");
        await Interactive(other);
        await Expect(other.Locator("section[data-level=Blue] h2")).ToBeVisibleAsync();
        await Expect(other.Locator($"li[data-warning='{warningId}'], a[href='/console/tickets/{ticket.Id}']")).ToHaveCountAsync(0);
        await NoLabelOrContrastProblems(other);
        await other.GetByLabel("項目").FillAsync(Demo.Sunrise);
        await other.GetByRole(AriaRole.Button, new() { Name = "套用" }).ClickAsync();
        await Expect(other.GetByRole(AriaRole.Alert)).ToHaveTextAsync("您沒有權限查看此頁面。");
        await Expect(other.Locator($"li[data-warning='{warningId}']")).ToHaveCountAsync(0);
        await Screenshot(other, "warnings-4-other-project");
        await other.CloseContext();
    }
}
