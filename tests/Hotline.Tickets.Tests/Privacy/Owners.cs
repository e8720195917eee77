using System.Net;
using System.Net.Http.Json;
using Hotline.Tickets.Contracts;

namespace Hotline.Tickets.Tests.Privacy;

/// <summary>Tickets registered with an owner's name and phone, each phone new so no test sees another's.</summary>
internal static class Owners
{
    public static string NewMobile() => $"139{Random.Shared.Next(0, 100_000_000):D8}";

    public static object Complaint(string ownerName, string ownerPhone, string projectId = "p-sunrise", string? household = "3-1201") => new
    {
        requestId = Guid.NewGuid().ToString("N"),
        kind = "Complaint",
        projectId,
        text = $"樓上漏水到客廳 {Guid.NewGuid():N}",
        location = "3號樓",
        household,
        ownerName,
        ownerPhone,
    };

    /// <summary>Registers as the call-center agent; returns the ticket and the response body exactly as sent.</summary>
    public static async Task<(Ticket Ticket, string Body)> Register(HttpClient agent, object request)
    {
        var response = await agent.PostAsJsonAsync("/api/tickets", request);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"{(int)response.StatusCode}: {body}");
        return (System.Text.Json.JsonSerializer.Deserialize<Ticket>(body, TicketApi.Json)!, body);
    }

    public static string Masked(string mobile) => $"{mobile[..3]}****{mobile[^4..]}";
}
