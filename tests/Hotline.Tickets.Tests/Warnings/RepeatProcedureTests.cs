using System.Net.Http.Json;
using System.Text.Json;
using Hotline.Tickets.Tests.Scenarios;

namespace Hotline.Tickets.Tests.Warnings;

/// <summary>Issue 10 item 12 (A11.1.1): one repeat-complaint procedure per household and issue, however often they call.</summary>
[Collection(TicketsCollection.Name)]
public sealed class RepeatProcedureTests(AroundTheClockFixture fixture)
{
    [Fact]
    public async Task A11_1_1_later_calls_of_one_household_about_one_issue_join_the_open_repeat_procedure_instead_of_raising_more_blues()
    {
        var household = $"9-{Random.Shared.Next(1000, 9999)}";
        var first = await Complain(household);
        var repeats = new List<Guid>();
        for (var i = 0; i < 5; i++)
        {
            repeats.Add((await Complain(household)).Id);
        }

        var tickets = await Task.WhenAll(repeats.Select(id => fixture.Http.GetTicket(id)));
        var procedure = Assert.Single(tickets.SelectMany(t => t.Warnings).Distinct());
        Assert.All(tickets, t => Assert.Equal("Blue", t.WarningLevel));
        Assert.Null((await fixture.Http.GetTicket(first.Id)).WarningLevel);
        var warning = await Warning(procedure);
        Assert.Equal(("RepeatComplaint", "Raised"), (warning.GetProperty("trigger").GetString(), warning.GetProperty("status").GetString()));
        Assert.Equal(repeats.Order(), warning.GetProperty("subject").GetProperty("linkedTickets").EnumerateArray().Select(t => t.GetGuid()).Order());

        // Once that procedure is dismissed, the next call starts a new one.
        (await fixture.Http.PostAsJsonAsync($"/api/warnings/{procedure}/dismiss", new { personId = "cc-supervisor", role = "CallCenterSupervisor", reason = "同一問題已在處理" })).EnsureSuccessStatusCode();
        var next = await fixture.Http.GetTicket((await Complain(household)).Id);
        var newProcedure = Assert.Single(next.Warnings);
        Assert.NotEqual(procedure, newProcedure);
        Assert.Equal("Raised", (await Warning(newProcedure)).GetProperty("status").GetString());
    }

    private Task<Contracts.Ticket> Complain(string household) =>
        fixture.Http.Register(new { kind = "Complaint", projectId = "p-riverside", text = "9號樓樓道燈壞了", household });

    private async Task<JsonElement> Warning(Guid id) => await fixture.Http.GetFromJsonAsync<JsonElement>($"/api/warnings/{id}");
}
