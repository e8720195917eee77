using System.Net.Http.Json;
using System.Text.Json;
using Hotline.TestKit;
using Hotline.Tickets.Contracts;
using Hotline.WebConsole.Agent;
using Hotline.WebConsole.Reports;
using Microsoft.Playwright;
using static Hotline.Browser.Tests.Console.ConsolePages;
using static Microsoft.Playwright.Assertions;

namespace Hotline.Browser.Tests.Console.EndToEnd;

/// <summary>
/// Issue 13's end-to-end scenario on a host whose clock moves (<see cref="MovingClockFixture"/>), in project p-greenhill
/// (branch south), which no other test of that host uses, so the figures are this scenario's alone. Each step leaves a
/// screenshot (screenshots/console-e2e-*.png).
/// </summary>
[Collection(MovingClockCollection.Name)]
public sealed class EndToEndTests(MovingClockFixture fixture)
{
    private const string Greenhill = "p-greenhill";
    private const string GreenhillLiaison = "greenhill-liaison";
    private const string GreenhillManager = "greenhill-manager";
    private const string OtherLiaison = "riverside-liaison";

    /// <summary>The reporting week that ended when the host's clock started (Friday 2026-11-20 to Friday 2026-11-27, A10.1.3.4).</summary>
    private const string Week = "2026-W48";

    private static readonly ViewportSize Phone = new() { Width = 390, Height = 844 };

    [BrowserFact]
    public async Task I13_AgentRegisters_LiaisonOnAPhoneSeesItLiveAndStartsIt_ItGoesOverdue_SupervisorVerifies_QualitySeesThePenalty_OthersSeeNothing_SummarySignedInOrder()
    {
        // 1. The liaison's My work is open on a phone before the complaint exists.
        var liaison = await fixture.NewPage(Phone);
        await SignIn(liaison, fixture, GreenhillLiaison);
        await Expect(liaison.Locator("h1[data-live=on]")).ToBeVisibleAsync();
        await liaison.EvaluateAsync("() => { window.__sameDocument = true; }");
        await Screenshot(liaison, "e2e-1-liaison-my-work");

        // 2. The agent registers the complaint in the agent workspace: check first, then register and dispatch.
        var agent = await fixture.NewPage();
        await SignIn(agent, fixture, "cc-agent-1");
        var words = AgentTexts.Traditional;
        await agent.Locator("nav a[href='/console/agent']").ClickAsync();
        await Interactive(agent);
        await agent.Locator("#r-project").FillAsync(Greenhill);
        await agent.GetByLabel(words.Field("householdNotGiven")).CheckAsync();
        await agent.Locator("#r-text").FillAsync($"E2E 7號樓走廊燈全部不亮 {Guid.NewGuid():N}");
        await agent.GetByRole(AriaRole.Button, new() { Name = words.Check, Exact = true }).ClickAsync();
        await agent.GetByRole(AriaRole.Button, new() { Name = words.Register, Exact = true }).ClickAsync();
        var opened = agent.Locator(".registered a[href^='/console/tickets/']");
        await Expect(opened).ToBeVisibleAsync();
        var id = Guid.Parse((await opened.GetAttributeAsync("href"))!["/console/tickets/".Length..]);
        await Screenshot(agent, "e2e-2-agent-registered");
        await NoLabelOrContrastProblems(agent);
        // Pages close before the clock moves days ahead: each open page's one-second countdown timer would fire for every second skipped.
        await agent.CloseContext();

        // 3. It appears on the liaison's phone without a reload; the liaison opens it, starts it and watches the contact countdown.
        // In My work it arrives as the dispatch notice in the inbox (p-greenhill's tickets wait on its pool, not in "needs me").
        var waiting = liaison.Locator($"main a[href='/console/tickets/{id}']").First;
        await Expect(waiting).ToBeVisibleAsync();
        Assert.True(await liaison.EvaluateAsync<bool>("() => window.__sameDocument === true"));
        await Screenshot(liaison, "e2e-3-liaison-sees-it");
        await waiting.ClickAsync();
        await Interactive(liaison);
        await liaison.Locator("button[data-command=start]").ClickAsync();
        await Expect(liaison.Locator("dd[data-field=status]")).ToHaveTextAsync("已開始");
        await Expect(liaison.Locator("tr[data-clock=Contact] .countdown")).ToContainTextAsync("剩餘");
        await NoLabelOrContrastProblems(liaison);
        await Screenshot(liaison, "e2e-4-liaison-started-countdown");
        await liaison.CloseContext();

        // 4. The clock moves three days past the contact limit (A11.1.2: unhandled 3 days past its limit is a blue warning),
        // first to just short of it with no page open, then with the supervisor's warning board open.
        var contactDue = (await Ticket(id)).Clocks.Single(c => c.Kind == ClockKind.Contact).DueAt;
        var target = contactDue + TimeSpan.FromDays(3) + TimeSpan.FromMinutes(1);
        fixture.Clock.Advance(target - TimeSpan.FromMinutes(3) - fixture.Clock.GetUtcNow());
        var board = await fixture.NewPage();
        await SignIn(board, fixture, Demo.Supervisor);
        await board.Locator("nav a[href='/console/warnings']").ClickAsync();
        await Interactive(board);
        await Expect(board.Locator("h1[data-live=on]")).ToBeVisibleAsync();
        await board.EvaluateAsync("() => { window.__sameDocument = true; }");
        var card = board.Locator($"section[data-level=Blue] li[data-warning]:has(a[href='/console/tickets/{id}'])");
        await Expect(card).ToHaveCountAsync(0);
        // The ticket's reminder acts on the new time; the clock steps a minute at a time until the warning is there.
        var warning = await Eventually.Get(async () => (await Ticket(id)).Warnings.FirstOrDefault(), w => w != Guid.Empty,
            fixture.Clock, TimeSpan.FromMinutes(1), TimeSpan.FromSeconds(120));
        Assert.Equal("Blue", (await Ticket(id)).WarningLevel);

        // 5. The blue warning appears on the open board without a reload; the supervisor verifies it there.
        await Expect(card).ToBeVisibleAsync(new() { Timeout = 30_000 });
        Assert.True(await board.EvaluateAsync<bool>("() => window.__sameDocument === true"));
        await Expect(card.Locator("[data-field=status]")).ToHaveTextAsync("待核實");
        await Screenshot(board, "e2e-5-blue-warning-on-the-board");
        await card.GetByRole(AriaRole.Button, new() { Name = "核實", Exact = true }).ClickAsync();
        await Expect(board.GetByRole(AriaRole.Status)).ToHaveTextAsync("已完成：核實");
        await Expect(card.Locator("[data-field=status]")).ToHaveTextAsync("已核實");
        await NoLabelOrContrastProblems(board);
        await Screenshot(board, "e2e-5b-supervisor-verified");
        await board.CloseContext();
        var verified = await fixture.Host.ClientAs("admin").GetFromJsonAsync<JsonElement>($"/api/warnings/{warning}");
        Assert.Equal("Verified", verified.GetProperty("status").GetString());

        var breached = await fixture.NewPage(Phone);
        await SignIn(breached, fixture, GreenhillLiaison);
        await breached.GotoAsync($"/console/tickets/{id}");
        await Interactive(breached);
        await Expect(breached.Locator("tr[data-clock=Contact]")).ToContainTextAsync("已逾時");
        await Screenshot(breached, "e2e-5c-contact-breached");
        await breached.CloseContext();

        // 6. QualityDept sees the penalty on the project's dashboard: one verified blue = 0.2 points (A12), in November.
        var quality = await fixture.NewPage();
        await SignIn(quality, fixture, Demo.QualityHead);
        await quality.GotoAsync($"/console/dashboard?scope=project:{Greenhill}&period=month");
        await Interactive(quality);
        await Expect(quality.Locator($"p[data-scope='project:{Greenhill}']")).ToBeVisibleAsync();
        await Expect(quality.Locator("[data-figure=penalty-points]")).ToHaveTextAsync("0.2");
        await Expect(quality.Locator("[data-figure=penalty-month]")).ToHaveTextAsync("2026-11");
        await NoLabelOrContrastProblems(quality);
        await Screenshot(quality, "e2e-6-quality-dashboard-penalty");
        await quality.CloseContext();

        // 7. A liaison of another project sees none of it: not in My work, not by its address.
        var other = await fixture.NewPage(Phone);
        await SignIn(other, fixture, OtherLiaison);
        await Expect(other.GetByRole(AriaRole.Heading, new() { Name = "需要我處理" })).ToBeVisibleAsync();
        await Expect(other.Locator($"a[href='/console/tickets/{id}']")).ToHaveCountAsync(0);
        await other.GotoAsync($"/console/tickets/{id}");
        await Interactive(other);
        await Expect(other.GetByRole(AriaRole.Alert)).ToHaveTextAsync("找不到此個案，或它不在您的範圍內。");
        await Expect(other.Locator("dd[data-field=text]")).ToHaveCountAsync(0);
        await Screenshot(other, "e2e-7-other-project-sees-nothing");
        await other.CloseContext();

        // 8. The weekly summary: the project manager signs first, then the branch head (A10.1.3.4).
        (await fixture.Host.ClientAs(Demo.QualityHead).PostAsync($"/api/reports/weekly-summaries/{Week}/draft", null)).EnsureSuccessStatusCode();
        var reports = ReportsTexts.Traditional;
        var path = $"/console/reports/weekly/{Greenhill}/{Week}";
        var state = $"dl[data-summary='{Greenhill}/{Week}']";
        var head = await fixture.NewPage();
        await SignIn(head, fixture, Demo.SouthHead);
        await head.GotoAsync(path);
        await Interactive(head);
        await Expect(head.Locator(state)).ToHaveAttributeAsync("data-state", "Draft");
        await Expect(head.GetByRole(AriaRole.Button, new() { Name = reports.SignAsHead })).ToHaveCountAsync(0);

        var manager = await fixture.NewPage();
        await SignIn(manager, fixture, GreenhillManager);
        await manager.GotoAsync(path);
        await Interactive(manager);
        await manager.GetByRole(AriaRole.Button, new() { Name = reports.SignAsManager }).ClickAsync();
        await Expect(manager.Locator(state)).ToHaveAttributeAsync("data-state", "ManagerSigned");
        await Screenshot(manager, "e2e-8-manager-signed");

        await Expect(head.Locator(state)).ToHaveAttributeAsync("data-state", "ManagerSigned");
        await head.GetByRole(AriaRole.Button, new() { Name = reports.SignAsHead }).ClickAsync();
        await Expect(head.Locator(state)).ToHaveAttributeAsync("data-state", "Signed");
        await NoLabelOrContrastProblems(head);
        await Screenshot(head, "e2e-9-head-signed");
        await head.CloseContext();
        await manager.CloseContext();
    }

    private async Task<Ticket> Ticket(Guid id) => await fixture.Host.ClientAs("admin").GetTicket(id);
}
