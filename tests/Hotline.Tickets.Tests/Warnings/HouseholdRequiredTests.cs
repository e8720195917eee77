using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Hotline.Organization.Contracts;
using Hotline.TestKit;

namespace Hotline.Tickets.Tests.Warnings;

/// <summary>
/// A11.1.1 (repeat complaints) and A11.3.2 / A11.3.3 (same issue at 5% of households) count households, so a call-center
/// complaint or repair names one or says the caller gave none in every project, not only in one with a registry:
/// otherwise it would silently escape both counts. Each test uses a project of its own that has no registry.
/// </summary>
[Collection(TicketsCollection.Name)]
public sealed class HouseholdRequiredTests(AroundTheClockFixture fixture)
{
    [Fact]
    public async Task A11_1_1_complaint_naming_no_household_is_refused_in_a_project_without_a_registry() =>
        await AssertRefusedNamingHousehold("Complaint");

    [Fact]
    public async Task A11_3_3_repair_naming_no_household_is_refused_in_a_project_without_a_registry() =>
        await AssertRefusedNamingHousehold("Repair");

    [Fact]
    public async Task A11_1_1_suggestion_needs_no_household()
    {
        var project = await ProjectWithoutRegistry();

        var ticket = await fixture.Http.Register(new { kind = "Suggestion", projectId = project, text = "建議在會所增設兒童遊樂區" });

        Assert.Null(ticket.Household);
        Assert.False(ticket.HouseholdNotGiven);
    }

    [Fact]
    public async Task A11_1_1_caller_giving_no_household_is_recorded_and_shown_without_a_registry()
    {
        var project = await ProjectWithoutRegistry();

        var ticket = await fixture.Http.Register(new { kind = "Repair", projectId = project, text = "2號樓水管漏水", householdNotGiven = true });

        Assert.True((await fixture.Http.GetTicket(ticket.Id)).HouseholdNotGiven);
        Assert.Null(ticket.Household);
        var timeline = await fixture.Http.GetFromJsonAsync<JsonElement>($"/api/tickets/{ticket.Id}/timeline");
        Assert.Contains("the caller gave no household", timeline.GetProperty("entries")[0].GetProperty("note").GetString());
    }

    [Fact]
    public async Task A11_1_1_named_household_is_kept_as_given_without_a_registry()
    {
        var project = await ProjectWithoutRegistry();

        var ticket = await fixture.Http.Register(new { kind = "Complaint", projectId = project, text = "2號樓電梯壞了", household = " 2-1-801 " });

        Assert.Equal("2-1-801", (await fixture.Http.GetTicket(ticket.Id)).Household);
        Assert.False(ticket.HouseholdNotGiven);
    }

    private async Task AssertRefusedNamingHousehold(string kind)
    {
        var project = await ProjectWithoutRegistry();

        var response = await fixture.Http.PostAsJsonAsync("/api/tickets", new { kind, projectId = project, text = "2號樓水管漏水" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Problem()).GetProperty("errors");
        var field = Assert.Single(errors.EnumerateObject());
        Assert.Equal("household", field.Name);
        Assert.Contains("householdNotGiven", field.Value[0].GetString(), StringComparison.Ordinal);
    }

    /// <summary>A project of this test's own (in branch north) that never had a household registry imported.</summary>
    private async Task<string> ProjectWithoutRegistry()
    {
        var id = $"p-nor-{Guid.NewGuid():N}"[..16];
        await ExtraProjects.Add(fixture.Grains, fixture.Clock, new ProjectInfo(id, "No registry", "north", 100));
        return id;
    }
}
