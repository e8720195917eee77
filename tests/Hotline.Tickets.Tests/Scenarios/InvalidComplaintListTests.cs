using System.Net.Http.Json;
using System.Text.Json;
using Hotline.TestKit;
using Hotline.Tickets.Contracts;
using Hotline.Tickets.Queries;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Hotline.Tickets.Tests.Scenarios;

/// <summary>A10.4 / issue 10 items 5 and 11: a complaint found invalid leaves the timeliness (breached) figures of the list.</summary>
[Collection(TicketsCollection.Name)]
public sealed class InvalidComplaintListTests(AroundTheClockFixture fixture)
{
    [Fact]
    public async Task A10_4_breached_complaint_found_invalid_leaves_the_breached_list_and_keeps_its_clock_history()
    {
        var marker = $"無效{Guid.NewGuid():N}"[..14];
        var ticket = await TicketClient.Register(fixture.Http, text: $"{marker} 要求物業賠償被偷的單車");
        await Eventually.Get(ticket.Get, t => t.Clocks.Single(c => c.Kind == ClockKind.Start).BreachRecordedAt is not null, fixture.Clock, TimeSpan.FromMinutes(1));
        Assert.True((await Row(marker, breachedOnly: true)).GetProperty("breached").GetBoolean());

        await ticket.Do("start");
        await ticket.Do("file-statement", new { reason = "失竊屬公安處理範圍，非物業責任", role = "ProjectManager" });
        var invalid = await ticket.Do("review-statement", new { accepted = true, note = "同意", role = "CallCenterSupervisor", personId = "cc-supervisor" });

        Assert.Equal(TicketStatus.Invalid, invalid.Status);
        Assert.Contains(invalid.Clocks, c => c.Kind == ClockKind.Start && c.Breached); // the ticket's own history stays
        Assert.Null(await RowOrNull(marker, breachedOnly: true));
        var row = await Row(marker, breachedOnly: false);
        Assert.Equal(("Invalid", false), (row.GetProperty("status").GetString(), row.GetProperty("breached").GetBoolean()));

        // A row written by the old code (breached although invalid) is put right by a rebuild.
        await MarkBreachedInTheList(ticket.Id);
        Assert.NotNull(await RowOrNull(marker, breachedOnly: true));
        await fixture.Host.App.Services.GetRequiredService<TicketQueryRebuilder>().Rebuild();
        Assert.Null(await RowOrNull(marker, breachedOnly: true));
        Assert.False((await Row(marker, breachedOnly: false)).GetProperty("breached").GetBoolean());
    }

    private async Task<JsonElement> Row(string marker, bool breachedOnly) =>
        await RowOrNull(marker, breachedOnly) ?? throw new Xunit.Sdk.XunitException($"no row for {marker} (breachedOnly {breachedOnly})");

    private async Task<JsonElement?> RowOrNull(string marker, bool breachedOnly)
    {
        var filter = breachedOnly ? "&breached=true" : "";
        var page = await fixture.Http.GetFromJsonAsync<JsonElement>($"/api/tickets?q={Uri.EscapeDataString(marker)}{filter}");
        var items = page.GetProperty("items").EnumerateArray().ToList();
        return items.Count == 0 ? null : Assert.Single(items);
    }

    private async Task MarkBreachedInTheList(Guid ticketId)
    {
        await using var connection = new NpgsqlConnection(fixture.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("update ticket_list set breached = true where id = @id", connection);
        command.Parameters.AddWithValue("id", ticketId);
        Assert.Equal(1, await command.ExecuteNonQueryAsync());
    }
}
