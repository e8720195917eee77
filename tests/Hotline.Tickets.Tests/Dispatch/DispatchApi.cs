using System.Net.Http.Json;
using System.Text.Json;
using Hotline.Tickets.Contracts;

namespace Hotline.Tickets.Tests.Dispatch;

/// <summary>The requests the dispatch tests make, each signed in as the person named.</summary>
public sealed class DispatchApi(DispatchFixture fixture)
{
    /// <summary>A repair of <paramref name="category"/> registered by an agent in <paramref name="project"/>.</summary>
    public async Task<Ticket> Register(string project, string category = "engineering") =>
        await fixture.Host.ClientAs("cc-agent-1").Register(new
        {
            requestId = Guid.NewGuid().ToString("N"), kind = "Repair", projectId = project, text = "2號樓水管漏水", category, householdNotGiven = true,
        });

    public async Task<HttpResponseMessage> Command(string person, Guid ticket, string command, object? body = null) =>
        await fixture.Host.ClientAs(person).PostAsJsonAsync($"/api/tickets/{ticket}/{command}", body ?? new { });

    public async Task<Ticket> Ticket(Guid id) => await fixture.Host.ClientAs("cc-agent-1").GetTicket(id);

    /// <summary>The timeline's entries as (action, who, note).</summary>
    public async Task<List<(string Action, string By, string? Note)>> Timeline(Guid id)
    {
        var timeline = await fixture.Host.ClientAs("cc-agent-1").GetFromJsonAsync<JsonElement>($"/api/tickets/{id}/timeline");
        return [.. timeline.GetProperty("entries").EnumerateArray().Select(e => (
            e.GetProperty("action").GetString()!, e.GetProperty("actor").GetProperty("personId").GetString()!, e.GetProperty("note").GetString()))];
    }

    /// <summary>The person's inbox items about <paramref name="ticket"/>, by kind name.</summary>
    public async Task<List<string>> Inbox(string person, Guid ticket)
    {
        var inbox = await fixture.Host.ClientAs(person).GetFromJsonAsync<JsonElement>("/api/inbox?limit=200");
        return [.. inbox.GetProperty("items").EnumerateArray()
            .Where(i => i.GetProperty("ticketId").GetString() == ticket.ToString())
            .Select(i => i.GetProperty("kind").ToString())];
    }

    /// <summary>The ids of a list query's tickets (as the named person).</summary>
    public async Task<List<Guid>> List(string person, string query)
    {
        var page = await fixture.Host.ClientAs(person).GetFromJsonAsync<JsonElement>($"/api/tickets?{query}&pageSize=200");
        return [.. page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid())];
    }
}
