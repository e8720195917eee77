using System.Net.Http.Json;
using System.Text.Json;
using Hotline.TestKit;
using Hotline.Tickets.Contracts;
using Hotline.WebConsole.Reports;
using Microsoft.Playwright;
using static Hotline.Browser.Tests.Console.ConsolePages;
using static Microsoft.Playwright.Assertions;

namespace Hotline.Browser.Tests.Console.Reports;

/// <summary>
/// Issue 13, reports: the weekly analysis (A8.1.4) and the monthly bulletin (A10.1.3.5) rendered in the console, their
/// figures those of a scenario built here on the fake clock (tickets, breaches, warnings, a verification), worked out
/// by hand, with category and channel names in the reader's language (A2, A10.1.1). One test, in order, on its own
/// host: the scenario feeds both reports.
/// </summary>
[Collection(ReportContentCollection.Name)]
public sealed class ReportContentTests(MovingClockFixture fixture)
{
    // The fake clock starts on Friday 2026-11-27 10:00 Asia/Shanghai. A report week runs from the start of one due
    // Friday to the start of the next, keyed by the ISO week of its due Friday: 2026-11-27 00:00 to 2026-12-04 00:00 is
    // 2026-W49, which holds the registrations below and the breaches three days later.
    private const string Week = "2026-W49";
    private const string Month = "2026-11";
    private static readonly ReportsText Words = ReportsTexts.Traditional;
    private static readonly LocatorAssertionsToHaveTextOptions Pushed = new() { Timeout = 30_000 };

    [BrowserFact]
    public async Task A8_1_4_A10_1_3_5_A12_TheAnalysisAndTheBulletin_ShowTheScenariosFigures_InTheirTables()
    {
        // 3 complaints in p-sunrise (branch north), 2 in p-harbour (branch south): 5 received this week, 0 the week before.
        var agent = fixture.Host.ClientAs("cc-agent-1");
        var tickets = new List<Ticket>();
        foreach (var project in new[] { Demo.Sunrise, Demo.Sunrise, Demo.Sunrise, "p-harbour", "p-harbour" })
        {
            tickets.Add(await agent.Register(TicketApi.Complaint($"I13 報表內容 {Guid.NewGuid():N}", projectId: project)));
        }

        // Nobody starts them: each start clock breaches, and 3 days past its limit each raises a blue warning (A11.1.2): 5 blue.
        var start = tickets.Select(t => t.Clocks.Single(c => c.Kind == ClockKind.Start).DueAt).Max();
        foreach (var ticket in tickets)
        {
            await fixture.MoveTo(start + TimeSpan.FromDays(3) + TimeSpan.FromMinutes(1), ticket.Id);
        }

        // The supervisor verifies one of p-sunrise's: A12 books 0.2 points against branch north.
        var supervisor = fixture.Host.ClientAs(Demo.Supervisor);
        var warnings = await supervisor.GetFromJsonAsync<JsonElement>($"/api/warnings?projectId={Demo.Sunrise}&limit=10", TicketApi.Json);
        var sunrise = warnings.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(3, sunrise.Count);
        var warning = sunrise[0].GetProperty("id").GetGuid();
        (await supervisor.PostAsJsonAsync($"/api/warnings/{warning}/verify", new { })).EnsureSuccessStatusCode();

        var page = await fixture.NewPage();
        await SignIn(page, fixture, Demo.QualityHead);
        await page.GotoAsync("/console/reports/analysis");
        await Interactive(page);
        await page.GetByLabel(Words.Week).FillAsync(Week);
        await page.GetByRole(AriaRole.Button, new() { Name = Words.ShowWeek }).ClickAsync();
        var analysis = page.Locator("section.report-sheet");
        await Expect(analysis.Locator("h2")).ToHaveTextAsync($"品質部週分析 {Week}");
        // The week is under way: the draft, as the export shows it before a release.
        await Expect(analysis.Locator("p.subtitle")).ToContainTextAsync("草稿（未發布）");
        await Row(page, "受理總量", "全公司", "5", "0", "5", "—");
        await Row(page, "分公司趨勢", "north", "3", "0", "3", "—");
        await Row(page, "分公司趨勢", "south", "2", "0", "2", "—");
        await Row(page, "項目趨勢", Demo.Sunrise, "3", "0", "3", "—");
        await Row(page, "項目趨勢", "p-harbour", "2", "0", "2", "—");
        await Row(page, "預警級別趨勢", "藍色預警", "5", "0", "5", "—");
        // A2, A10.1.1: all five came by the 400 line, and none names a category's words (so "other").
        Assert.All(tickets, t => Assert.Equal(("call-center", "other"), (t.Channel, t.Category)));
        await Row(page, "渠道趨勢", "客服平臺400投訴", "5", "0", "5", "—");
        await Row(page, "類別趨勢", "其他", "5", "0", "5", "—");
        // 分公司, 藍色, 黃色, 紅色, 撤銷, 淨扣分: one blue verified, nothing reversed.
        await Row(page, "扣分", "north", "1", "0", "0", "0", "0.2");
        await Expect(page.Locator("table[data-table='扣分'] caption")).ToHaveTextAsync("扣分");
        await NoLabelOrContrastProblems(page);
        await Screenshot(page, "reports-10-analysis-content");

        // The same tables in English: the captions and headers change, the figures do not.
        await page.GetByRole(AriaRole.Button, new() { Name = "English" }).ClickAsync();
        await Interactive(page);
        await page.GetByLabel(ReportsTexts.English.Week).FillAsync(Week);
        await page.GetByRole(AriaRole.Button, new() { Name = ReportsTexts.English.ShowWeek }).ClickAsync();
        await Expect(page.Locator("table[data-table='項目趨勢'] caption")).ToHaveTextAsync("Project trend");
        await Expect(page.Locator("table[data-table='項目趨勢'] thead th").Nth(1)).ToHaveTextAsync("This week");
        await Row(page, "項目趨勢", Demo.Sunrise, "3", "0", "3", "—");
        // Category and channel names too, in the reader's language (the rows keep the export's label as their key).
        await Expect(RowHeader(page, "渠道趨勢", "客服平臺400投訴")).ToHaveTextAsync("400 complaint hotline");
        await Expect(RowHeader(page, "類別趨勢", "其他")).ToHaveTextAsync("Other");
        await Row(page, "渠道趨勢", "客服平臺400投訴", "5", "0", "5", "—");
        await Screenshot(page, "reports-11-analysis-content-english");

        await page.GetByRole(AriaRole.Button, new() { Name = "简体中文" }).ClickAsync();
        await Interactive(page);
        await page.GetByLabel(ReportsTexts.Simplified.Week).FillAsync(Week);
        await page.GetByRole(AriaRole.Button, new() { Name = ReportsTexts.Simplified.ShowWeek }).ClickAsync();
        await Expect(page.Locator("table[data-table='渠道趨勢'] caption")).ToHaveTextAsync("渠道趋势");
        await Expect(RowHeader(page, "渠道趨勢", "客服平臺400投訴")).ToHaveTextAsync("客服平台400投诉");
        await Expect(RowHeader(page, "類別趨勢", "其他")).ToHaveTextAsync("其他");
        await Screenshot(page, "reports-11b-analysis-content-simplified");
        await page.GetByRole(AriaRole.Button, new() { Name = "繁體中文" }).ClickAsync();

        // November is over at 2026-12-01 00:00 (Shanghai): QualityDept publishes its bulletin; 5 received, 3 north, 2 south.
        await fixture.MoveTo(new DateTimeOffset(2026, 12, 1, 0, 1, 0, TimeSpan.FromHours(8)), tickets[0].Id);
        // Days went by on the clock: the session has lapsed, so QualityDept signs in again.
        await SignIn(page, fixture, Demo.QualityHead);
        await page.GotoAsync("/console/reports/bulletins");
        await Interactive(page);
        await page.GetByLabel(Words.Month).FillAsync(Month);
        await page.GetByRole(AriaRole.Button, new() { Name = Words.Publish }).ClickAsync();
        await Expect(page.Locator("section.report-sheet h2")).ToHaveTextAsync($"月度通報 {Month}（第 1 版）", Pushed);
        // 項目, 本月, ...: November's intake and its warnings raised (the 5 blue; yellow would come 7 days past the limit, A11.2).
        await Row(page, "全公司", "收件量", "5");
        await Row(page, "全公司", "預警", "5");
        // 項目, 分公司, 收件量, ...
        await Row(page, "各項目", Demo.Sunrise, "north", "3");
        await Row(page, "各項目", "p-harbour", "south", "2");
        await Row(page, "收件量（類型）", "投訴", "5");
        await NoLabelOrContrastProblems(page);
        await Screenshot(page, "reports-12-bulletin-content");
        await page.CloseContext();

        // p-sunrise's liaison reads their part (A10.1.3.5): their project, not p-harbour.
        var liaison = await fixture.NewPage(new ViewportSize { Width = 390, Height = 844 });
        await SignIn(liaison, fixture, Demo.SunriseLiaison);
        await liaison.GotoAsync("/console/reports/bulletins");
        await Interactive(liaison);
        await Row(liaison, "各項目", Demo.Sunrise, "north", "3");
        await Expect(liaison.Locator("table[data-table='各項目'] tr[data-row='p-harbour']")).ToHaveCountAsync(0);
        await Screenshot(liaison, "reports-13-bulletin-liaison-part");
        await liaison.CloseContext();
    }

    /// <summary>The header cell of the row of <paramref name="table"/> whose export label is <paramref name="name"/>.</summary>
    private static ILocator RowHeader(IPage page, string table, string name) =>
        page.Locator($"table[data-table='{table}'] tr[data-row='{name}'] th");

    /// <summary>The row of <paramref name="table"/> headed <paramref name="name"/> reads <paramref name="cells"/> after its header.</summary>
    private static async Task Row(IPage page, string table, string name, params string[] cells)
    {
        var row = page.Locator($"table[data-table='{table}'] tr[data-row='{name}']");
        await Expect(row.Locator("td").First).ToBeVisibleAsync();
        for (var i = 0; i < cells.Length; i++)
        {
            await Expect(row.Locator("td").Nth(i)).ToHaveTextAsync(cells[i]);
        }
    }
}
