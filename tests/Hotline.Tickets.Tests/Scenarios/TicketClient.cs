using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Hotline.Tickets.Contracts;

namespace Hotline.Tickets.Tests.Scenarios;

/// <summary>One ticket driven through the HTTP API as its users would: agent, liaison, call center.</summary>
internal sealed class TicketClient(HttpClient http, Guid id)
{
    public Guid Id => id;

    public static async Task<TicketClient> Register(HttpClient http, string kind = "Complaint", string text = "5號樓電梯門關不上", string? severity = null)
    {
        var ticket = await http.Register(new { kind, projectId = "p-sunrise", text, location = "5號樓", severity, registeredBy = "cc-agent-1", householdNotGiven = kind != "Suggestion" });
        return new TicketClient(http, ticket.Id);
    }

    public Task<Ticket> Get() => http.GetTicket(id);

    public async Task<HttpResponseMessage> Send(string command, object? body = null)
    {
        var fields = JsonSerializer.SerializeToElement(body ?? new { }).EnumerateObject().ToDictionary(p => p.Name, p => (object?)p.Value);
        fields.TryAdd("personId", WhoSends(command));
        return await http.PostAsJsonAsync($"/api/tickets/{id}/{command}", fields);
    }

    /// <summary>Whose job the command is (the access table's answer): the call center calls back, reopens,
    /// dispatches and records the owner's rating, urge or confirmation; the project manager signs statements and decides suggestions; the liaison does the rest.</summary>
    public static string WhoSends(string command) => command switch
    {
        TicketCommands.Callback or TicketCommands.Reopen or TicketCommands.Close or TicketCommands.Transfer
            or TicketCommands.CorrectCategory or TicketCommands.RaiseSeverity
            or TicketCommands.Rate or TicketCommands.Urge or TicketCommands.ConfirmResolution => "cc-agent-1",
        TicketCommands.ReviewStatement => "cc-supervisor",
        TicketCommands.FileStatement or TicketCommands.Decide => "sunrise-manager",
        _ => "sunrise-liaison",
    };

    /// <summary>Sends a command that must succeed and returns the ticket afterwards.</summary>
    public async Task<Ticket> Do(string command, object? body = null)
    {
        var response = await Send(command, body);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{command}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return (await response.Content.ReadFromJsonAsync<Ticket>(TicketApi.Json))!;
    }

    public async Task<JsonElement> Timeline() => await http.GetFromJsonAsync<JsonElement>($"/api/tickets/{id}/timeline");

    public Task<Ticket> Contact() => Do("contact", new { department = "EngineeringDept", plan = "更換門機" });

    public Task<Ticket> ReportPlan(DateTimeOffset due) => Do("report-plan", new { completionDueAt = due, plan = "週五前更換門機" });
}
