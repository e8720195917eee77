using System.Net.Http.Json;
using System.Text.Json;
using Hotline.TestKit;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Hotline.Browser.Tests.Console.Reports;

/// <summary>The weekly summary's steps in the console and through the API, for the reports tests.</summary>
internal static class ReportPages
{
    /// <summary>QualityDept drafts a week that ended before the fixture's fixed clock (idempotent: a drafted week stays as it is).</summary>
    public static async Task Draft(PortalFixture fixture, string week) =>
        (await fixture.Host.ClientAs(Demo.QualityHead).PostAsync($"/api/reports/weekly-summaries/{week}/draft", null)).EnsureSuccessStatusCode();

    public static string PagePath(string week) => $"/console/reports/weekly/{Demo.Sunrise}/{week}";

    public static string ApiPath(string week) => $"/api/reports/projects/{Demo.Sunrise}/weekly-summaries/{week}";

    /// <summary>The summary's data-state on its page (the status by name), waited for until it reads <paramref name="state"/>.</summary>
    public static Task HasState(IPage page, string week, string state) =>
        Expect(page.Locator($"dl[data-summary='{Demo.Sunrise}/{week}']")).ToHaveAttributeAsync("data-state", state);

    /// <summary>The current content hash as the API shows it to <paramref name="personId"/>.</summary>
    public static async Task<string> ContentHash(PortalFixture fixture, string personId, string week)
    {
        using var view = JsonDocument.Parse(await fixture.Host.ClientAs(personId).GetStringAsync(ApiPath(week)));
        return view.RootElement.GetProperty("current").GetProperty("contentSha256").GetString()!;
    }

    public static Task<HttpResponseMessage> SignThroughApi(PortalFixture fixture, string personId, string week, string hash) =>
        fixture.Host.ClientAs(personId).PostAsJsonAsync($"{ApiPath(week)}/sign", new { contentSha256 = hash });
}
