using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Hotline.TestKit;
using Hotline.Tickets.Contracts;

namespace Hotline.Channels.Tests.Support;

/// <summary>
/// A ticket an owner brought in by an intake channel. Registered through the ticket grain (the door's webhook is the
/// inbound slice's), then driven through the HTTP API as staff would.
/// </summary>
public sealed class OwnerTicket(HttpClient http, Guid id)
{
    public Guid Id => id;

    public static async Task<OwnerTicket> Register(ChannelsFixture fixture, string channel, string? phone, TicketKind kind = TicketKind.Complaint, string text = "3號樓電梯壞了")
    {
        var id = Guid.NewGuid();
        var outcome = await fixture.Grains.GetGrain<ITicketGrain>(id).Register(
            new RegisterTicket(Guid.NewGuid().ToString("N"), kind, "p-sunrise", "north", text, null, null, "3號樓", channel, null)
            {
                Owner = phone is null ? null : new OwnerContact("王先生", phone),
                HouseholdNotGiven = kind != TicketKind.Suggestion,
            });
        Assert.Null(outcome.Rejection);
        return new OwnerTicket(fixture.Http, id);
    }

    /// <summary>The ticket a tracking number names (the number stands wherever the id does).</summary>
    public static Task<Ticket> ByNumber(HttpClient http, string number) => http.GetFromJsonAsync<Ticket>($"/api/tickets/{number}", TicketApi.Json)!;

    public Task<Ticket> Get() => http.GetTicket(id);

    /// <summary>Sends a command as <paramref name="personId"/>; it must succeed.</summary>
    public async Task<Ticket> Do(string command, string personId, object? body = null)
    {
        var fields = JsonSerializer.SerializeToElement(body ?? new { }).EnumerateObject().ToDictionary(p => p.Name, p => (object?)p.Value);
        fields["personId"] = personId;
        var response = await http.PostAsJsonAsync($"/api/tickets/{id}/{command}", fields);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{command}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return (await response.Content.ReadFromJsonAsync<Ticket>(TicketApi.Json))!;
    }

    /// <summary>(action, actor, note) of each timeline entry, oldest first.</summary>
    public async Task<IReadOnlyList<(string Action, string Actor, string? Note)>> Timeline()
    {
        var timeline = await http.GetFromJsonAsync<JsonElement>($"/api/tickets/{id}/timeline");
        return [.. timeline.GetProperty("entries").EnumerateArray().Select(e => (
            e.GetProperty("action").GetString()!,
            e.GetProperty("actor").GetProperty("personId").GetString()!,
            e.TryGetProperty("note", out var note) ? note.GetString() : null))];
    }
}
