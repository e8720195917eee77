using System.Text;
using Hotline.Organization.Contracts;
using Hotline.TestKit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Hotline.Browser.Tests.Console.ConsolePages;
using static Microsoft.Playwright.Assertions;

namespace Hotline.Browser.Tests.Console.Admin;

/// <summary>Issue 13, Administration: the organisation page and the households import, as the administrator; none of it for a liaison.</summary>
[Collection(PortalCollection.Name)]
public sealed class AdminOrganisationTests(PortalFixture fixture)
{
    [BrowserFact]
    public async Task I13_Administrator_SeesBranchesProjectsAndPeople_AndAnImportWithABadLine_NamesItAndImportsNothing()
    {
        var page = await fixture.NewPage();
        await SignIn(page, fixture, "admin");

        // One nav entry, then the pages the administrator may use.
        await page.GetByRole(AriaRole.Link, new() { Name = "系統管理", Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "系統管理", Level = 1 })).ToBeVisibleAsync();
        foreach (var name in new[] { "組織架構", "值班表", "時限與預警規則", "外掛程式" })
        {
            await Expect(page.GetByRole(AriaRole.Link, new() { Name = name, Exact = true })).ToBeVisibleAsync();
        }

        await Screenshot(page, "admin-1-index");
        await NoLabelOrContrastProblems(page);

        // The demo organisation: two branches, their projects with household counts (config/demo-organisation.json).
        await page.GetByRole(AriaRole.Link, new() { Name = "組織架構", Exact = true }).ClickAsync();
        await Interactive(page);
        await Expect(page.Locator("section[data-branch=north] h3")).ToContainTextAsync("北區分公司");
        await Expect(page.Locator("section[data-branch=north] tr[data-project=p-sunrise]")).ToContainTextAsync("旭日花園");
        await Expect(page.Locator("section[data-branch=north] tr[data-project=p-sunrise] td").Nth(2)).ToHaveTextAsync("1200");
        await Expect(page.Locator("section[data-branch=south] tr[data-project=p-harbour] td").Nth(2)).ToHaveTextAsync("2000");
        await Expect(page.Locator("section[data-branch=south] tr[data-project]")).ToHaveCountAsync(2);

        // A project's people with their roles and scopes: the first project (p-greenhill by id) until one is chosen.
        await page.GetByLabel("選擇項目").SelectOptionAsync(Demo.Sunrise);
        await page.GetByRole(AriaRole.Button, new() { Name = "顯示" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("project=p-sunrise"));
        await Interactive(page);
        await Expect(page.Locator("tr[data-person=sunrise-liaison]")).ToContainTextAsync("對接人員 · 項目 p-sunrise");
        await Expect(page.Locator("tr[data-person=sunrise-manager]")).ToContainTextAsync("項目經理 · 項目 p-sunrise");
        await Expect(page.Locator("tr[data-person=north-head]")).ToContainTextAsync("分公司負責人 · 分公司 north");
        await Expect(page.Locator("tr[data-person=riverside-liaison]")).ToHaveCountAsync(0);
        await Screenshot(page, "admin-2-organisation");
        await NoLabelOrContrastProblems(page);

        // One good line (line 2) and one without its room (line 3): the bad line is named, nothing is imported.
        const string Csv = "building,unit,room,phones\n9,1,901,13900139001\n9,1,,13900139002\n";
        await ChooseFile(page, "#csv-file", new FilePayload { Name = "households.csv", MimeType = "text/csv", Buffer = Encoding.UTF8.GetBytes(Csv) });
        await page.GetByRole(AriaRole.Button, new() { Name = "匯入", Exact = true }).ClickAsync();
        var bad = page.Locator("table.import-problems tr[data-field='rows[3].room']");
        await Expect(bad).ToContainTextAsync("is required");
        await Expect(bad.Locator("td").Nth(0)).ToHaveTextAsync("3");
        await Expect(bad.Locator("td").Nth(1)).ToHaveTextAsync("room");
        await Expect(page.Locator("table.import-problems tbody tr")).ToHaveCountAsync(1);
        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("未匯入任何住戶");
        var registry = fixture.Host.App.Services.GetRequiredService<IHouseholdRegistry>();
        Assert.Null((await registry.Find(Demo.Sunrise, "9-1-901")).Household);
        await Screenshot(page, "admin-3-import-bad-line");
        await NoLabelOrContrastProblems(page);

        // A column named with markup: the problem echoes it, as text.
        const string Markup = "building,room,<b>bold</b><script>window.__adminXss=1</script>\n1,101,x\n";
        await ChooseFile(page, "#csv-file", new FilePayload { Name = "markup.csv", MimeType = "text/csv", Buffer = Encoding.UTF8.GetBytes(Markup) });
        await page.GetByRole(AriaRole.Button, new() { Name = "匯入", Exact = true }).ClickAsync();
        await Expect(page.Locator("table.import-problems tbody tr").First).ToContainTextAsync("<b>bold</b><script>");
        await Expect(page.Locator("table.import-problems b, table.import-problems script")).ToHaveCountAsync(0);
        Assert.Null(await page.EvaluateAsync<int?>("() => window.__adminXss ?? null"));
        await Screenshot(page, "admin-4-import-markup-as-text");
        await page.CloseContext();
    }

    [BrowserFact]
    public async Task I13_Liaison_GetsNoAdministrationEntry_AndARefusalAtEachAdministrationAddress()
    {
        var page = await fixture.NewPage();
        await SignIn(page, fixture, Demo.SunriseLiaison);
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "個案", Exact = true })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "系統管理", Exact = true })).ToHaveCountAsync(0);

        foreach (var address in new[] { "/console/admin", "/console/admin/organisation", "/console/admin/rosters", "/console/admin/policies", "/console/admin/plugins" })
        {
            await page.GotoAsync(address);
            await Interactive(page);
            await Expect(page.GetByRole(AriaRole.Alert)).ToHaveTextAsync("您沒有權限查看此頁面。");
            await Expect(page.Locator("table, input[type=file]")).ToHaveCountAsync(0);
        }

        await Screenshot(page, "admin-5-liaison-refused");
        await NoLabelOrContrastProblems(page);
        await page.CloseContext();
    }
}
