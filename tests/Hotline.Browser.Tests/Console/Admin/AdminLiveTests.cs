using System.Net.Http.Json;
using System.Diagnostics;
using Hotline.TestKit;
using Microsoft.Playwright;
using static Hotline.Browser.Tests.Console.ConsolePages;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Hotline.Browser.Tests.Console.Admin;

/// <summary>
/// Issue 13, live administration: a duty roster changed elsewhere reaches an open rosters page, pushed by the company
/// grain, without a reload. greenhill-handler-2 (always on duty in the demo organisation) gets one shift, then none again.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class AdminLiveTests(PortalFixture fixture, ITestOutputHelper output)
{
    private const string Person = "greenhill-handler-2";
    private static readonly LocatorAssertionsToHaveTextOptions Pushed = new() { Timeout = 30_000 };

    [BrowserFact]
    public async Task I13_AnOpenRostersPage_ShowsADutyChangeMadeElsewhere_WithoutReload()
    {
        var page = await fixture.NewPage();
        await SignIn(page, fixture, "admin");
        await page.GotoAsync("/console/admin/rosters?project=p-greenhill");
        await Interactive(page);
        await Expect(page.Locator("h1[data-live=on]")).ToBeVisibleAsync();
        var saturday = page.Locator($"tr[data-person={Person}] td[data-day=Saturday]");
        await Expect(saturday).ToHaveTextAsync("全天候值班");
        await page.EvaluateAsync("() => { window.__sameDocument = true; }");

        var admin = fixture.Host.ClientAs("admin");
        try
        {
            var changed = Stopwatch.StartNew();
            var body = new { duty = new[] { new { days = new[] { "Saturday" }, start = "09:00", end = "17:00" } } };
            (await admin.PutAsJsonAsync($"/api/organization/people/{Person}/duty", body)).EnsureSuccessStatusCode();

            await Expect(saturday.Locator(".admin-shift")).ToHaveTextAsync("09:00–17:00", Pushed);
            output.WriteLine($"duty PUT to the open page showing it: {changed.ElapsedMilliseconds} ms");
            await Expect(page.Locator($"tr[data-person={Person}] td[data-day=Monday]")).ToHaveTextAsync("休息");
            Assert.True(await page.EvaluateAsync<bool>("() => window.__sameDocument === true"));
            await Screenshot(page, "admin-5-roster-pushed");
        }
        finally
        {
            // Back to always on duty, as the demo organisation has it (other tests dispatch to p-greenhill).
            (await admin.PutAsJsonAsync($"/api/organization/people/{Person}/duty", new { duty = Array.Empty<object>() })).EnsureSuccessStatusCode();
        }

        await Expect(saturday).ToHaveTextAsync("全天候值班", Pushed);
        await page.CloseContext();
    }
}
