using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using Hotline.Tickets.Contracts;
using Xunit;

namespace Hotline.TestKit;

/// <summary>The ticket endpoints as a client sees them, shared by every test assembly that needs a ticket.</summary>
public static class TicketApi
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    /// <summary>
    /// A call-center complaint. It names <paramref name="household"/>, or else says the caller gave none (A11.1.1 requires
    /// one of the two); the default keeps tests that do not care from sharing a household and so raising repeat blues.
    /// </summary>
    public static object Complaint(string text = "3號樓電梯壞了，請盡快維修", string projectId = "p-sunrise", string? requestId = null, string? household = null) =>
        household is null
            ? new { requestId = requestId ?? Guid.NewGuid().ToString("N"), kind = "Complaint", projectId, text, location = "3號樓", householdNotGiven = true }
            : new { requestId = requestId ?? Guid.NewGuid().ToString("N"), kind = "Complaint", projectId, text, location = "3號樓", household };

    public static async Task<Ticket> Register(this HttpClient http, object request)
    {
        var response = await http.PostAsJsonAsync("/api/tickets", request);
        Assert.Equal(System.Net.HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<Ticket>(Json))!;
    }

    public static async Task<Ticket> GetTicket(this HttpClient http, Guid id) =>
        (await http.GetFromJsonAsync<Ticket>($"/api/tickets/{id}", Json))!;

    public static async Task<JsonElement> Problem(this HttpResponseMessage response) =>
        await response.Content.ReadFromJsonAsync<JsonElement>();
}
