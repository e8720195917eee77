using Hotline.TestKit;
using Microsoft.Playwright;
using static Hotline.Browser.Tests.Console.ConsolePages;
using static Microsoft.Playwright.Assertions;

namespace Hotline.Browser.Tests.Console.Admin;

/// <summary>Issue 13, Administration: the roster week grid, the policies in force (and what a ticket keeps), the plugins.</summary>
[Collection(PortalCollection.Name)]
public sealed class AdminPolicyTests(PortalFixture fixture)
{
    [BrowserFact]
    public async Task I13_Administrator_SeesSunrisesRosterWeekGrid_ForAChosenWeek_WithTheDemoShifts()
    {
        var page = await fixture.NewPage();
        await SignIn(page, fixture, "admin");
        await page.GotoAsync("/console/admin/rosters");
        await Interactive(page);

        // Any day of the week chooses it: Wednesday 2026-11-25 is in the week Monday 23 – Sunday 29 November 2026.
        await page.GetByLabel("選擇項目").SelectOptionAsync(Demo.Sunrise);
        await page.GetByLabel("週（任選一天）").FillAsync("2026-11-25");
        await page.GetByRole(AriaRole.Button, new() { Name = "顯示" }).ClickAsync();
        await Interactive(page);
        var grid = page.Locator("table.roster");
        await Expect(grid.Locator("thead th").Nth(1)).ToHaveTextAsync("星期一11-23");
        await Expect(grid.Locator("thead th").Nth(7)).ToHaveTextAsync("星期日11-29");

        // The demo organisation's p-sunrise: its five people (by id), then the north branch's head.
        await Expect(grid.Locator("tbody tr")).ToHaveCountAsync(6);
        string[] rows = ["sunrise-handler-1", "sunrise-handler-2", "sunrise-liaison", "sunrise-liaison-night", "sunrise-manager", "north-head"];
        for (var i = 0; i < rows.Length; i++)
        {
            await Expect(grid.Locator("tbody tr").Nth(i)).ToHaveAttributeAsync("data-person", rows[i]);
        }

        // Shifts without days run every day: the day liaison 08:00–20:00, the night one 20:00 to 08:00 the next morning.
        foreach (var day in new[] { "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday" })
        {
            await Expect(grid.Locator($"tr[data-person=sunrise-liaison] td[data-day={day}]")).ToHaveTextAsync("08:00–20:00");
            await Expect(grid.Locator($"tr[data-person=sunrise-liaison-night] td[data-day={day}]")).ToHaveTextAsync("20:00–08:00（翌日）");
            await Expect(grid.Locator($"tr[data-person=sunrise-handler-2] td[data-day={day}]")).ToHaveTextAsync("08:00–20:00");
            await Expect(grid.Locator($"tr[data-person=sunrise-manager] td[data-day={day}]")).ToHaveTextAsync("全天候值班");
        }

        await Screenshot(page, "admin-6-roster-week");
        await NoLabelOrContrastProblems(page);
        await page.CloseContext();
    }

    [BrowserFact]
    public async Task I13_Administrator_SeesThePoliciesInForce_A10_1_3_1_StartIn10Minutes_A12_Points_AndWhatATicketKeeps()
    {
        var ticket = await fixture.Host.ClientAs("cc-agent-1").Register(TicketApi.Complaint($"I13 管理 時限 {Guid.NewGuid():N}"));
        var page = await fixture.NewPage();
        await SignIn(page, fixture, "admin");
        await page.GotoAsync("/console/admin/policies");
        await Interactive(page);

        // A10.1.3.1: started within 10 minutes; A10.1.3.2: the owner contacted within 1 hour; both in duty time (product decision).
        var matrix = page.Locator("table.sla-matrix");
        await Expect(matrix.Locator("tr[data-limit=Start] td[data-kind=Complaint][data-severity=General]")).ToHaveTextAsync("10 分鐘 · 值班時間內計");
        await Expect(matrix.Locator("tr[data-limit=Contact] td[data-kind=Repair][data-severity=Serious]")).ToHaveTextAsync("1 小時 · 值班時間內計");
        // A10.2.3: a suggestion answered within 2 days, calendar days.
        await Expect(matrix.Locator("tr[data-limit=SuggestionReply] td[data-kind=Suggestion][data-severity=General]")).ToHaveTextAsync("2 天 · 按日曆計");

        // A11.1.2 / A11.3.1 and A12: blue at 3 days past due for 0.2 points, red at 15 days for 1; red is verified by QualityDept's head too.
        await Expect(page.Locator("tr[data-level=Blue] td[data-field=past-due]")).ToHaveTextAsync("3 天");
        await Expect(page.Locator("tr[data-level=Blue] td[data-field=points]")).ToHaveTextAsync("0.2");
        await Expect(page.Locator("tr[data-level=Blue] td[data-field=verifiers]")).ToHaveTextAsync("客服中心主管");
        await Expect(page.Locator("tr[data-level=Red] td[data-field=past-due]")).ToHaveTextAsync("15 天");
        await Expect(page.Locator("tr[data-level=Red] td[data-field=points]")).ToHaveTextAsync("1");
        await Expect(page.Locator("tr[data-level=Red] td[data-field=verifiers]")).ToHaveTextAsync("客服中心主管、品質管理部主管");
        await Screenshot(page, "admin-7-policies");
        await NoLabelOrContrastProblems(page);

        // What the registered ticket keeps: the limits it was given at registration.
        await page.GetByLabel("個案代碼").FillAsync(ticket.Id.ToString());
        await page.GetByRole(AriaRole.Button, new() { Name = "顯示" }).Last.ClickAsync();
        await Interactive(page);
        var keeps = page.Locator("section[aria-labelledby=keeps]");
        await Expect(keeps.Locator("tr[data-limit=Start] td")).ToHaveTextAsync("10 分鐘 · 值班時間內計");
        await Expect(keeps.Locator("tr[data-limit=CallbackAttempts] td")).ToHaveTextAsync("3");
        await Expect(keeps.Locator($"a[href='/console/tickets/{ticket.Id}']")).ToBeVisibleAsync();
        await Screenshot(page, "admin-8-ticket-keeps");
        await NoLabelOrContrastProblems(page);

        // An id that is no ticket id: the API's refusal, naming the field.
        await page.GetByLabel("個案代碼").FillAsync("not-a-ticket");
        await page.GetByRole(AriaRole.Button, new() { Name = "顯示" }).Last.ClickAsync();
        await Interactive(page);
        await Expect(page.Locator("section[aria-labelledby=keeps] .refusal")).ToBeVisibleAsync();
        await page.CloseContext();
    }

    [BrowserFact]
    public async Task I13_Administrator_SeesEachLoadedPlugin_ItsKindVersionStateAndManifest()
    {
        var page = await fixture.NewPage();
        await SignIn(page, fixture, "admin");
        await page.GotoAsync("/console/admin/plugins");
        await Interactive(page);

        // plugins/Categories/Hotline.Plugins.Engineering/plugin.json: id, version 0.1.0, kind category.
        var engineering = page.Locator("li[data-plugin='Hotline.Plugins.Engineering']");
        await Expect(engineering).ToHaveAttributeAsync("data-state", "loaded");
        await Expect(engineering.Locator("h2")).ToHaveTextAsync("hotline.categories.engineering");
        await Expect(engineering.Locator("dd").Nth(1)).ToHaveTextAsync("0.1.0");
        await Expect(engineering.Locator("dd").Nth(2)).ToHaveTextAsync("分類");
        await Expect(engineering.Locator("dd").Nth(3)).ToHaveTextAsync("已載入");
        await engineering.Locator("summary").ClickAsync();
        await Expect(engineering.Locator("pre.admin-manifest")).ToContainTextAsync("\"assembly\": \"Hotline.Plugins.Engineering.dll\"");
        await Expect(page.Locator("li[data-plugin='Hotline.Plugins.CustomerService'][data-state=loaded]")).ToBeVisibleAsync();
        await Screenshot(page, "admin-9-plugins");
        await NoLabelOrContrastProblems(page);
        await page.CloseContext();
    }
}
