using System.Net.Http.Json;
using System.Text.Json;
using Hotline.TestKit;
using Microsoft.Playwright;
using static Hotline.Browser.Tests.Console.ConsolePages;
using static Microsoft.Playwright.Assertions;

namespace Hotline.Browser.Tests.Console.TicketList;

/// <summary>
/// Issue 13 "Tickets: list with every filter of the API and paging": each filter narrows the list to the tickets worked
/// out by hand; the address holds the filters (a bookmark, the back button); a bad value is named beside its control.
/// The portal's host: its clock stays at Friday 2026-11-27 10:00 Asia/Shanghai (02:00 UTC), so nothing is breached.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class TicketListFilterTests(PortalFixture fixture)
{
    [BrowserFact]
    public async Task I13_EachFilter_NarrowsTheList_ToTheTicketsWorkedOutByHand_AndPagesTurn()
    {
        // Three tickets only this test's words find (q = the marker); every row below adds one filter to q.
        var m = $"I13L{Guid.NewGuid():N}"[..14];
        var (a, b, c) = await ThreeTickets(m);

        var rows = new (string Filter, Guid[] Expected)[]
        {
            ("", [a, b, c]),
            ("projectId=p-harbour", [c]),
            ("branchId=south", [c]), // p-harbour is the south branch's; p-sunrise the north's
            ("kind=Suggestion", [b]),
            ("category=landscaping", [c]),
            ("severity=Serious", [a]),
            ("status=Started", [a]),
            ("breached=true", []), // the clock has not moved past any limit
            ("from=2026-11-27", [a, b, c]), // 2026-11-27 00:00 in Shanghai is before 10:00 that day
            ("from=2026-11-28", []),
            ("to=2026-11-27", [a, b, c]), // the day is included: up to 2026-11-28 00:00 in Shanghai
            ("to=2026-11-26", []), // up to 2026-11-27 00:00 in Shanghai: before 10:00
            ($"q={m}%20建議", [b]), // more words narrow further (this one replaces the marker)
            ("warningLevel=Red", [a]),
            ("warningLevel=none", [b, c]),
            ("assignee=call-center", [c]), // resolved: the call center calls back
            ("needsMyAction=true", [c]), // the agent acts for the call center (and plan confirmation: none waits)
            ($"household=H{m}", [c]),
            ($"department=D{m}", [c]),
            ("handler=sunrise-handler-1", []), // nobody was given one of them
            ("pool=true", [a]), // handled and held by no handler: a (b is a suggestion, c is resolved)
            ("pool=false", []),
        };

        var page = await fixture.NewPage();
        await SignIn(page, fixture, "cc-agent-1");
        foreach (var (filter, expected) in rows)
        {
            var query = filter.StartsWith("q=", StringComparison.Ordinal) ? filter : filter.Length == 0 ? $"q={m}" : $"q={m}&{filter}";
            await page.GotoAsync($"/console/tickets?{query}");
            await Interactive(page);
            await Expect(page.Locator("[data-total]")).ToBeVisibleAsync();
            var shown = await page.Locator("li[data-ticket]").EvaluateAllAsync<string[]>("items => items.map(i => i.dataset.ticket)");
            Assert.True(expected.Select(e => e.ToString()).Order().SequenceEqual(shown.Order()), $"{filter}: expected {string.Join(", ", expected)}, shown {string.Join(", ", shown)}");
        }

        await Screenshot(page, "tickets-list-1-filtered");
        await NoLabelOrContrastProblems(page);

        // A page of one: the API's total, then next and previous through the address.
        await page.GotoAsync($"/console/tickets?q={m}&pageSize=1");
        await Interactive(page);
        await Expect(page.Locator("[data-total]")).ToHaveTextAsync("第 1 頁，共 3 件");
        var first = await page.Locator("li[data-ticket]").GetAttributeAsync("data-ticket");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "上一頁" })).ToHaveCountAsync(0);
        await page.GetByRole(AriaRole.Link, new() { Name = "下一頁" }).ClickAsync();
        await Expect(page).ToHaveURLAsync($"{fixture.Address}console/tickets?q={m}&page=2&pageSize=1");
        await Expect(page.Locator("[data-total]")).ToHaveTextAsync("第 2 頁，共 3 件");
        Assert.NotEqual(first, await page.Locator("li[data-ticket]").GetAttributeAsync("data-ticket"));
        await page.GetByRole(AriaRole.Link, new() { Name = "上一頁" }).ClickAsync();
        await Expect(page.Locator("[data-total]")).ToHaveTextAsync("第 1 頁，共 3 件");
        Assert.Equal(first, await page.Locator("li[data-ticket]").GetAttributeAsync("data-ticket"));
        await Screenshot(page, "tickets-list-2-paged");
        await page.CloseContext();
    }

    [BrowserFact]
    public async Task I13_TheFiltersLiveInTheAddress_TheBackButtonReturns_AndABadDateIsNamedBesideItsControl()
    {
        var m = $"I13R{Guid.NewGuid():N}"[..14];
        var agent = fixture.Host.ClientAs("cc-agent-1");
        var suggestion = await agent.Register(new { kind = "Suggestion", projectId = "p-sunrise", text = $"{m} 建議加裝路燈", location = "2號樓" });
        await agent.Register(TicketApi.Complaint($"{m} 路燈不亮"));
        var page = await fixture.NewPage();
        await SignIn(page, fixture, "cc-agent-1");

        // Chosen in the form, applied: the address names them, and only the suggestion is listed.
        await page.GotoAsync("/console/tickets");
        await Interactive(page);
        await page.GetByLabel("類別").SelectOptionAsync("Suggestion");
        await page.GetByLabel("關鍵字").FillAsync(m);
        await page.GetByRole(AriaRole.Button, new() { Name = "套用" }).ClickAsync();
        var filtered = $"/console/tickets?kind=Suggestion&q={m}";
        await Expect(page).ToHaveURLAsync($"{fixture.Address}{filtered[1..]}");
        await Expect(page.Locator($"[data-listed='{filtered}']")).ToBeVisibleAsync();
        await Expect(page.Locator("li[data-ticket]")).ToHaveCountAsync(1);
        await Expect(page.Locator($"li[data-ticket='{suggestion.Id}']")).ToBeVisibleAsync();
        await Screenshot(page, "tickets-list-3-applied");

        // Back: the unfiltered list and an empty form; forward: the same filters in the form again.
        await page.GoBackAsync();
        await Expect(page.Locator("[data-listed='/console/tickets']")).ToBeVisibleAsync();
        await Expect(page.GetByLabel("類別")).ToHaveValueAsync("");
        await page.GoForwardAsync();
        await Expect(page.Locator($"[data-listed='{filtered}']")).ToBeVisibleAsync();
        await Expect(page.GetByLabel("類別")).ToHaveValueAsync("Suggestion");
        await Expect(page.GetByLabel("關鍵字")).ToHaveValueAsync(m);

        // A bookmark with a bad date: the API's own problem for "from", beside the date's control.
        using var api = await agent.GetAsync("/api/tickets?from=2026-13-45");
        var apiProblem = (await api.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty("from")[0].GetString();
        await page.GotoAsync("/console/tickets?from=2026-13-45&pageSize=500");
        await Interactive(page);
        await Expect(page.Locator("[data-problem=from]")).ToHaveTextAsync(apiProblem!);
        await Expect(page.Locator("#f-from")).ToHaveAttributeAsync("aria-describedby", "p-from");
        await Expect(page.Locator("[data-problem=pageSize]")).ToContainTextAsync("must be a whole number from 1 to 200");
        await Expect(page.Locator("li[data-ticket]")).ToHaveCountAsync(0);
        await Screenshot(page, "tickets-list-4-bad-date");
        await NoLabelOrContrastProblems(page);
        await page.CloseContext();
    }

    /// <summary>
    /// a: a p-sunrise complaint (engineering), started, raised to serious, with a live red risk warning;
    /// b: a p-sunrise suggestion (cleaning), as dispatched; c: a p-harbour complaint (landscaping) of household H{m},
    /// contacted with department D{m}, planned and resolved (so the call center must act next).
    /// </summary>
    private async Task<(Guid A, Guid B, Guid C)> ThreeTickets(string m)
    {
        var agent = fixture.Host.ClientAs("cc-agent-1");
        var a = await agent.Register(new { kind = "Complaint", projectId = "p-sunrise", text = $"{m} 信箱門鬆脫", category = "engineering", location = "1號樓", householdNotGiven = true });
        var b = await agent.Register(new { kind = "Suggestion", projectId = "p-sunrise", text = $"{m} 建議增設座椅", category = "cleaning", location = "花園" });
        var c = await agent.Register(new { kind = "Complaint", projectId = "p-harbour", text = $"{m} 草坪枯黃", category = "landscaping", location = "中庭", household = $"H{m}" });

        await Command(Demo.SunriseLiaison, a.Id, "start", new { });
        await Command("cc-agent-1", a.Id, "raise-severity", new { severity = "Serious" });
        await Command("cc-agent-1", a.Id, "raise-risk-warning", new { reason = "業主揚言投訴媒體" });
        await Command("harbour-liaison", c.Id, "start", new { });
        await Command("harbour-liaison", c.Id, "contact", new { department = $"D{m}", plan = "補種草皮" });
        await Command("harbour-liaison", c.Id, "report-plan", new { completionDueAt = fixture.Clock.GetUtcNow().AddDays(2), plan = "補種草皮" });
        await Command("harbour-liaison", c.Id, "resolve", new { note = "已補種" });

        // The list is written as the tickets change; the red level comes from the warning: wait for both to be listed.
        await Eventually.Get(() => agent.GetFromJsonAsync<JsonElement>($"/api/tickets?q={m}&warningLevel=Red"), l => l.GetProperty("total").GetInt32() == 1);
        await Eventually.Get(() => agent.GetFromJsonAsync<JsonElement>($"/api/tickets?q={m}&assignee=call-center"), l => l.GetProperty("total").GetInt32() == 1);
        return (a.Id, b.Id, c.Id);
    }

    private async Task Command(string person, Guid id, string command, object body)
    {
        using var response = await fixture.Host.ClientAs(person).PostAsJsonAsync($"/api/tickets/{id}/{command}", body);
        Assert.True(response.IsSuccessStatusCode, $"{command}: {await response.Content.ReadAsStringAsync()}");
    }
}
