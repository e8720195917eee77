using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Hotline.Organization.Contracts;
using Hotline.TestKit;
using Hotline.Tickets.Contracts;

namespace Hotline.CallCenter.Tests.Support;

/// <summary>What the tests do through the API: a project with a household registry, tickets on its households, the workspace's calls.</summary>
public static class Workspace
{
    public const string Agent = "cc-agent-1";

    public static async Task<string> ProjectWithHouseholds(CallCenterFixture fixture, string csv)
    {
        var id = $"p-cc-{Guid.NewGuid():N}"[..16];
        await ExtraProjects.Add(fixture.Grains, fixture.Clock, new ProjectInfo(id, "Call center test", Demo.North, 100));
        var imported = await fixture.Http.PostAsync(
            $"/api/organization/projects/{id}/households/import", new StringContent(csv, Encoding.UTF8, "text/csv"));
        Assert.Equal(HttpStatusCode.OK, imported.StatusCode);
        return id;
    }

    public static Task<Ticket> Complaint(this CallCenterFixture fixture, string project, string household, string text, string? location = null) =>
        fixture.Host.ClientAs(Agent).Register(new { kind = "Complaint", projectId = project, household, text, location });

    public static Task<Ticket> Suggestion(this CallCenterFixture fixture, string project, string household, string text) =>
        fixture.Host.ClientAs(Agent).Register(new { kind = "Suggestion", projectId = project, household, text });

    /// <summary>A suggestion decided by the branch head (resolved), then closed by the call center when <paramref name="close"/>.</summary>
    public static async Task Decide(this CallCenterFixture fixture, Guid ticket, bool close)
    {
        var decided = await fixture.Host.ClientAs(Demo.NorthHead).PostAsJsonAsync($"/api/tickets/{ticket}/decide", new { adopted = true, note = "we will do it" });
        Assert.Equal(HttpStatusCode.OK, decided.StatusCode);
        if (close)
        {
            var closed = await fixture.Host.ClientAs(Agent).PostAsJsonAsync($"/api/tickets/{ticket}/close", new { });
            Assert.Equal(HttpStatusCode.OK, closed.StatusCode);
        }
    }

    public static async Task<JsonElement> Owners(this CallCenterFixture fixture, string query)
    {
        var response = await fixture.Host.ClientAs(Agent).GetAsync($"/api/call-center/owners?{query}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("households");
    }

    public static async Task<(HttpStatusCode Status, JsonElement Body)> Post(this CallCenterFixture fixture, string path, object body)
    {
        var response = await fixture.Host.ClientAs(Agent).PostAsJsonAsync(path, body);
        return (response.StatusCode, await response.Content.ReadFromJsonAsync<JsonElement>());
    }

    /// <summary>The ids of a household's tickets in one list, in the order answered.</summary>
    public static Guid[] Ids(this JsonElement household, string list) =>
        [.. household.GetProperty(list).EnumerateArray().Select(t => t.GetProperty("id").GetGuid())];

    public static string[] ErrorFields(this JsonElement problem) =>
        [.. problem.GetProperty("errors").EnumerateObject().Select(e => e.Name)];
}
