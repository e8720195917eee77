using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Hotline.Organization.Tests.Support;

namespace Hotline.Organization.Tests.Rosters;

/// <summary>
/// What the call center reads to reach a unit (A9.2, A9.3): a person's duty roster beside its PUT, and a project's
/// liaisons, manager and branch head. A project's own liaison sees only its own project.
/// </summary>
[Collection(OrganizationCollection.Name)]
public sealed class RosterReadingTests(OrganizationFixture fixture)
{
    [Fact]
    public async Task A9_call_center_agent_reads_a_liaisons_duty_roster()
    {
        using var response = await fixture.Host.ClientAs("cc-agent-1").GetAsync("/api/organization/people/sunrise-liaison-night/duty");

        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("sunrise-liaison-night", body.GetProperty("personId").GetString());
        var shift = Assert.Single(body.GetProperty("duty").EnumerateArray());
        Assert.Equal(("20:00", "08:00"), (shift.GetProperty("start").GetString(), shift.GetProperty("end").GetString()));
    }

    [Fact]
    public async Task A9_duty_roster_of_an_unknown_person_is_404()
    {
        using var response = await fixture.Host.ClientAs("cc-agent-1").GetAsync("/api/organization/people/nobody-at-all/duty");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task A9_2_and_A9_3_call_center_agent_reads_who_answers_for_a_project()
    {
        var people = await fixture.Host.ClientAs("cc-agent-1").GetFromJsonAsync<JsonElement>("/api/organization/projects/p-sunrise/people");

        Assert.Equal(["sunrise-liaison", "sunrise-liaison-night"], Ids(people, "liaisons").Order());
        Assert.Equal(["sunrise-manager"], Ids(people, "managers"));
        Assert.Equal(["north-head"], Ids(people, "branchHeads"));
        Assert.False(string.IsNullOrEmpty(people.GetProperty("managers")[0].GetProperty("phone").GetString()));
    }

    [Fact]
    public async Task A9_2_a_liaison_may_not_read_another_projects_people()
    {
        using var own = await fixture.Host.ClientAs("riverside-liaison").GetAsync("/api/organization/projects/p-riverside/people");
        using var other = await fixture.Host.ClientAs("riverside-liaison").GetAsync("/api/organization/projects/p-sunrise/people");

        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        Assert.True(other.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.NotFound, $"{other.StatusCode}");
    }

    private static List<string> Ids(JsonElement people, string list) =>
        [.. people.GetProperty(list).EnumerateArray().Select(p => p.GetProperty("personId").GetString()!)];
}
