using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Hotline.Reporting.Tests.Support;

namespace Hotline.Reporting.Tests.Bulletins;

/// <summary>The bulletin endpoints as the tests call them, and ways into the answers' JSON.</summary>
public static class BulletinApi
{
    /// <summary>QualityDept's staff member of the demo organisation (its head is <see cref="Hotline.TestKit.Demo.QualityHead"/>).</summary>
    public const string QualityStaff = "qd-staff";

    public static async Task<(HttpStatusCode Status, JsonElement Body)> Publish(this ReportingFixture fixture, string person, string month)
    {
        using var response = await fixture.Host.ClientAs(person).PostAsync($"/api/reports/bulletins/{month}/publish", null);
        return (response.StatusCode, await Body(response));
    }

    public static async Task<(HttpStatusCode Status, JsonElement Body)> Bulletin(this ReportingFixture fixture, string person, string month, string? version = null)
    {
        using var response = await fixture.Host.ClientAs(person).GetAsync($"/api/reports/bulletins/{month}" + (version is null ? "" : $"?version={version}"));
        return (response.StatusCode, await Body(response));
    }

    /// <summary>The current version as <paramref name="person"/> sees it (asserting it is there).</summary>
    public static async Task<JsonElement> Current(this ReportingFixture fixture, string person, string month)
    {
        var (status, body) = await fixture.Bulletin(person, month);
        Assert.Equal(HttpStatusCode.OK, status);
        return body;
    }

    public static JsonElement Unit(this JsonElement response, string list, string id) =>
        response.GetProperty("bulletin").GetProperty(list).EnumerateArray().Single(u => u.GetProperty("id").GetString() == id);

    public static string[] Ids(this JsonElement response, string list) =>
        [.. response.GetProperty("bulletin").GetProperty(list).EnumerateArray().Select(u => u.GetProperty("id").GetString()!)];

    /// <summary>A named count of a list such as figures.byKind (0 when the name is absent).</summary>
    public static long Count(this JsonElement counts, string name) =>
        counts.EnumerateArray().Where(c => c.GetProperty("name").GetString() == name).Select(c => c.GetProperty("count").GetInt64()).SingleOrDefault();

    public static double? Number(this JsonElement element, string property) =>
        element.GetProperty(property).ValueKind == JsonValueKind.Null ? null : element.GetProperty(property).GetDouble();

    public static string[] ErrorFields(this JsonElement problem) =>
        [.. problem.GetProperty("errors").EnumerateObject().Select(e => e.Name)];

    private static async Task<JsonElement> Body(HttpResponseMessage response) =>
        (await response.Content.ReadAsStringAsync()) is { Length: > 0 } text ? JsonDocument.Parse(text).RootElement.Clone() : default;
}
