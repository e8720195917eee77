using System.Net.Http.Json;
using System.Text.Json;
using Hotline.Channels.Inbound;

namespace Hotline.Channels.Tests.Support;

/// <summary>The operators' endpoints as a client sees them.</summary>
public static class InboundApi
{
    public static async Task<IReadOnlyList<InboundView>> Inbound(this HttpClient http, string query) =>
        (await http.GetFromJsonAsync<List<InboundView>>($"/api/channels/inbound?{query}", TicketApi.Json))!;

    public static async Task<InboundAnswer> Answer(this HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<InboundAnswer>(TicketApi.Json))!;

    /// <summary>The one field a validation problem names, and its first message.</summary>
    public static async Task<(string Field, string Message)> ProblemField(this HttpResponseMessage response)
    {
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        var error = Assert.Single(errors.EnumerateObject());
        return (error.Name, error.Value[0].GetString()!);
    }
}
