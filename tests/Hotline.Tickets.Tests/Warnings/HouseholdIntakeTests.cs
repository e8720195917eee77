using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Hotline.Organization.Contracts;
using Hotline.TestKit;

namespace Hotline.Tickets.Tests.Warnings;

/// <summary>
/// A11.1.1 / A11.3 hang on the household: in a project with a registry, a complaint or repair from the call center names
/// a registered household or says explicitly that the caller gave none; the agent can mark a repeat complaint by hand.
/// </summary>
[Collection(TicketsCollection.Name)]
public sealed class HouseholdIntakeTests(AroundTheClockFixture fixture)
{
    [Fact]
    public async Task A11_1_1_call_center_complaint_naming_no_household_is_refused_naming_the_field()
    {
        var project = await RegisteredProject();

        var response = await fixture.Http.PostAsJsonAsync("/api/tickets", new { kind = "Repair", projectId = project, text = "3號樓水管漏水" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("householdNotGiven", (await response.Problem()).GetProperty("errors").GetProperty("household")[0].GetString());
    }

    [Fact]
    public async Task A11_1_1_household_not_in_the_registry_is_refused()
    {
        var project = await RegisteredProject();

        var response = await fixture.Http.PostAsJsonAsync("/api/tickets", new { kind = "Complaint", projectId = project, text = "3號樓電梯壞了", household = "3-1-9999" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("not registered", (await response.Problem()).GetProperty("errors").GetProperty("household")[0].GetString());
    }

    [Fact]
    public async Task A11_1_1_registered_household_in_any_spelling_is_kept_as_registered()
    {
        var project = await RegisteredProject();

        var ticket = await fixture.Http.Register(new { kind = "Complaint", projectId = project, text = "3號樓電梯壞了", household = " 3/1/1201 " });

        Assert.Equal("3-1-1201", ticket.Household);
        Assert.False(ticket.HouseholdNotGiven);
    }

    [Fact]
    public async Task A11_1_1_caller_giving_no_household_is_recorded_and_shown()
    {
        var project = await RegisteredProject();

        var ticket = await fixture.Http.Register(new { kind = "Complaint", projectId = project, text = "3號樓電梯壞了", householdNotGiven = true });

        Assert.True((await fixture.Http.GetTicket(ticket.Id)).HouseholdNotGiven);
        Assert.Null(ticket.Household);
        var timeline = await fixture.Http.GetFromJsonAsync<JsonElement>($"/api/tickets/{ticket.Id}/timeline");
        Assert.Contains("the caller gave no household", timeline.GetProperty("entries")[0].GetProperty("note").GetString());
    }

    [Fact]
    public async Task A11_1_1_agent_marks_a_repeat_complaint_by_hand_naming_the_earlier_ticket()
    {
        var project = await RegisteredProject();
        var earlier = await fixture.Http.Register(new { kind = "Complaint", projectId = project, text = "3號樓電梯壞了", householdNotGiven = true });
        var unknown = await fixture.Http.PostAsJsonAsync("/api/tickets",
            new { kind = "Complaint", projectId = project, text = "電梯還是壞的", householdNotGiven = true, repeatOf = Guid.NewGuid() });
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.True((await unknown.Problem()).GetProperty("errors").TryGetProperty("repeatOf", out _));

        var repeat = await fixture.Http.Register(new { kind = "Complaint", projectId = project, text = "電梯還是壞的", householdNotGiven = true, repeatOf = earlier.Id });

        Assert.Equal(earlier.Id, repeat.RepeatOf);
        Assert.Equal("Blue", repeat.WarningLevel);
        var warning = await fixture.Http.GetFromJsonAsync<JsonElement>($"/api/warnings/{repeat.Warnings.Single()}");
        Assert.Equal("RepeatComplaint", warning.GetProperty("trigger").GetString());
        Assert.Contains(earlier.Id.ToString(), warning.GetProperty("rule").GetString());
    }

    /// <summary>A project of this test's own (in branch north) whose registry holds households 3-1-1201 and 3-1-1202.</summary>
    private async Task<string> RegisteredProject()
    {
        var id = $"p-reg-{Guid.NewGuid():N}"[..16];
        await ExtraProjects.Add(fixture.Grains, fixture.Clock, new ProjectInfo(id, "Registry", "north", 100));
        var import = await fixture.Http.PostAsync($"/api/organization/projects/{id}/households/import",
            new StringContent("building,unit,room,phones\n3,1,1201,13800000001\n3,1,1202,\n", Encoding.UTF8, "text/csv"));
        Assert.Equal(HttpStatusCode.OK, import.StatusCode);
        return id;
    }
}
