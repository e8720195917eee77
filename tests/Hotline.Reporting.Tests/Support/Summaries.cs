using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Hotline.TestKit;

namespace Hotline.Reporting.Tests.Support;

/// <summary>What the weekly-summary tests do through the API, as the people of the demo organisation.</summary>
public static class Summaries
{
    public const string QualityHead = "qd-head";
    public const string RiversideManager = "riverside-manager";

    public static string Path(string project, string week) => $"/api/reports/projects/{project}/weekly-summaries/{week}";

    public static async Task Draft(this HotlineTestHost host, string week)
    {
        var drafted = await host.ClientAs(QualityHead).PostAsync($"/api/reports/weekly-summaries/{week}/draft", null);
        Assert.Equal(HttpStatusCode.OK, drafted.StatusCode);
    }

    public static async Task<JsonElement> Summary(this HotlineTestHost host, string project, string week, string person = QualityHead)
    {
        var response = await host.ClientAs(person).GetAsync(Path(project, week));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public static async Task<(HttpStatusCode Status, JsonElement Body)> Post(this HotlineTestHost host, string person, string path, object body)
    {
        var response = await host.ClientAs(person).PostAsJsonAsync(path, body);
        return (response.StatusCode, await response.Content.ReadFromJsonAsync<JsonElement>());
    }

    public static Task<(HttpStatusCode Status, JsonElement Body)> Sign(this HotlineTestHost host, string person, string project, string week, string hash) =>
        host.Post(person, $"{Path(project, week)}/sign", new { contentSha256 = hash });

    public static string Hash(this JsonElement summary) => summary.GetProperty("current").GetProperty("contentSha256").GetString()!;

    public static string Status(this JsonElement summary) => summary.GetProperty("current").GetProperty("status").GetString()!;

    /// <summary>The ids of a person's inbox items of one kind.</summary>
    public static async Task<string[]> Inbox(this HotlineTestHost host, string person, string kind)
    {
        var page = await host.ClientAs("admin").GetFromJsonAsync<JsonElement>($"/api/inbox?personId={person}&kind={kind}&limit=200");
        return [.. page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetString()!)];
    }
}
