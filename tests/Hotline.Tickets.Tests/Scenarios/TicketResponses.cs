using System.Net;
using System.Text.Json;

namespace Hotline.Tickets.Tests.Scenarios;

internal static class TicketResponses
{
    public static async Task<JsonElement> AssertConflict(this HttpResponseMessage response, string currentState)
    {
        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        var problem = await response.Problem();
        Assert.Equal(currentState, problem.GetProperty("currentState").GetString());
        return problem;
    }

    public static async Task AssertInvalid(this HttpResponseMessage response, string field)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.Problem()).GetProperty("errors").TryGetProperty(field, out _), $"400 should name '{field}'");
    }
}
