using System.Net;
using System.Net.Http.Json;
using Hotline.TestKit;
using Hotline.Tickets.Contracts;
using Microsoft.Playwright;
using static Hotline.Browser.Tests.Console.ConsolePages;
using static Microsoft.Playwright.Assertions;

namespace Hotline.Browser.Tests.Console.TicketActions;

/// <summary>
/// Issue 13, the ticket page's actions: only what the ticket's state AND the access rules allow now, commands with
/// fields as labelled forms checked by the API's own parser (problems name the field), and an open page that stops
/// serving a person whose session was ended elsewhere.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class TicketActionsTests(PortalFixture fixture)
{
    [BrowserFact]
    public async Task I13_StartedTicket_OffersTheLiaisonContactNotStartNorTheCallCentres_AndTheFormNamesTheMissingField()
    {
        var ticket = await fixture.Host.ClientAs("cc-agent-1").Register(TicketApi.Complaint($"I13 動作 地下車庫積水 {Guid.NewGuid():N}"));
        await Command(Demo.SunriseLiaison, ticket.Id, "start", new { });
        var page = await fixture.NewPage();
        await SignIn(page, fixture, Demo.SunriseLiaison);
        await page.GotoAsync($"/console/tickets/{ticket.Id}");
        await Interactive(page);
        await Expect(page.Locator("dd[data-field=status]")).ToHaveTextAsync("已開始");

        // The state allows contact (not start any more); transfer and raise-severity it allows too, but they are the call center's.
        await Expect(page.Locator("[data-form=contact]")).ToBeVisibleAsync();
        await Expect(page.Locator("[data-command=start]")).ToHaveCountAsync(0);
        await Expect(page.Locator("[data-form=transfer], [data-form=raise-severity], [data-form=resolve]")).ToHaveCountAsync(0);
        await Screenshot(page, "ticket-actions-1-offered");
        await NoLabelOrContrastProblems(page);

        // The bound comes from the Tickets contracts (TicketTextLimits.Text), the refusal from the API's own checks.
        await page.Locator("[data-form=contact] summary").ClickAsync();
        await Expect(page.GetByLabel("處理方案", new() { Exact = true })).ToHaveAttributeAsync("maxlength", "4000");
        await page.GetByLabel("處理方案", new() { Exact = true }).FillAsync("更換排水泵");
        await page.Locator("[data-form=contact] button[data-command=contact]").ClickAsync();
        await Expect(page.Locator("[data-problem=department]")).ToContainTextAsync("責任部門");
        await Expect(page.Locator("[data-problem=department]")).ToContainTextAsync("is required");
        await Screenshot(page, "ticket-actions-2-field-problem");
        await NoLabelOrContrastProblems(page);

        await page.GetByLabel("責任部門").FillAsync("工程部");
        await page.Locator("[data-form=contact] button[data-command=contact]").ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("已完成：已聯絡業主");
        await Expect(page.Locator("dd[data-field=status]")).ToHaveTextAsync("已聯絡");
        await Expect(page.Locator("[data-form=contact]")).ToHaveCountAsync(0);

        // A promised time typed in the business time zone: 2026-11-29 15:30 in Asia/Shanghai is 07:30 UTC.
        await page.Locator("[data-form=report-plan] summary").ClickAsync();
        await page.GetByLabel("承諾完成時間").FillAsync("2026-11-29T15:30");
        await page.Locator("[data-form=report-plan] button[data-command=report-plan]").ClickAsync();
        await Expect(page.Locator("dd[data-field=status]")).ToHaveTextAsync("處理中");
        var stored = await fixture.Host.ClientAs("admin").GetTicket(ticket.Id);
        Assert.Equal(new DateTimeOffset(2026, 11, 29, 7, 30, 0, TimeSpan.Zero), stored.Plan?.CompletionDueAt);
        Assert.Equal(("工程部", "更換排水泵"), (stored.ResponsibleDepartment, stored.Plan?.Summary));
        await Screenshot(page, "ticket-actions-3-plan-reported");
        await page.CloseContext();
    }

    [BrowserFact]
    public async Task I13_SessionEndedElsewhere_OpenTicketPagesStopServing_OnTheNextLiveChangeAndTheNextAction()
    {
        // A person no other test of this assembly holds a bearer token for: ending their sessions touches nobody else.
        const string Person = "sunrise-liaison-night";
        var watched = await fixture.Host.ClientAs("cc-agent-1").Register(TicketApi.Complaint($"I13 登出 {Guid.NewGuid():N}"));
        var acted = await fixture.Host.ClientAs("cc-agent-1").Register(TicketApi.Complaint($"I13 登出 {Guid.NewGuid():N}"));
        var page = await fixture.NewPage();
        await SignIn(page, fixture, Person);
        await page.GotoAsync($"/console/tickets/{watched.Id}");
        await Interactive(page);
        await Expect(page.Locator("h1[data-live=on]")).ToBeVisibleAsync();
        var second = await page.Context.NewPageAsync();
        await second.GotoAsync($"/console/tickets/{acted.Id}");
        await Interactive(second);
        await Expect(second.Locator("button[data-command=start]")).ToBeVisibleAsync();

        // Elsewhere: the same person signs in on another device and signs out there (a new security stamp).
        var elsewhere = await fixture.NewPage();
        await SignIn(elsewhere, fixture, Person);
        await elsewhere.GetByRole(AriaRole.Button, new() { Name = "登出" }).ClickAsync();
        await Expect(elsewhere).ToHaveURLAsync(SignInForm());

        // A live change to the watched ticket: the page re-reads, and the access check now says "sign in".
        await Command("cc-agent-1", watched.Id, "raise-severity", new { severity = "Serious" });
        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("您已登出");
        await Expect(page.Locator("dd[data-field=text]")).ToHaveCountAsync(0);
        await Expect(page.Locator("a[data-sign-in]")).ToHaveAttributeAsync("href", $"/account/sign-in?returnUrl={Uri.EscapeDataString($"/console/tickets/{watched.Id}")}");
        await Screenshot(page, "ticket-actions-4-signed-out-live");

        // The next action on the other open page: refused before the ticket is touched.
        await second.Locator("button[data-command=start]").ClickAsync();
        await Expect(second.GetByRole(AriaRole.Alert)).ToContainTextAsync("您已登出");
        Assert.Equal(TicketStatus.Dispatched, (await fixture.Host.ClientAs("admin").GetTicket(acted.Id)).Status);
        await Screenshot(second, "ticket-actions-5-signed-out-action");

        await page.Locator("a[data-sign-in]").ClickAsync();
        await Expect(page).ToHaveURLAsync(SignInForm());
        await page.CloseContext();
        await elsewhere.CloseContext();
    }

    private async Task Command(string person, Guid id, string command, object body)
    {
        var response = await fixture.Host.ClientAs(person).PostAsJsonAsync($"/api/tickets/{id}/{command}", body);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
