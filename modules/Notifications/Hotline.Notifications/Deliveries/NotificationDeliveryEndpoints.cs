using Hotline.Security.Contracts;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Hotline.Notifications.Deliveries;

public static class NotificationDeliveryEndpoints
{
    /// <summary>GET /api/notifications/deliveries[?personId=…][&amp;eventId=…]: the signed-in person's (or, where the access policy allows, another's) channel deliveries and their status, newest first.</summary>
    public static IEndpointRouteBuilder MapNotificationDeliveries(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/notifications").WithTags("Notifications").MapGet("/deliveries", Get);
        return app;
    }

    private static async Task<Results<Ok<IReadOnlyList<NotificationDelivery>>, ValidationProblem>> Get(
        string? personId, string? eventId, Caller caller, NotificationDeliveryStore store, CancellationToken ct)
    {
        if (personId is { Length: > 200 })
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["personId"] = ["is at most 200 characters"] });
        }

        if (eventId is { Length: > 500 })
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["eventId"] = ["is at most 500 characters"] });
        }

        return TypedResults.Ok(await store.ForPerson(string.IsNullOrWhiteSpace(personId) ? caller.PersonId : personId.Trim(), string.IsNullOrWhiteSpace(eventId) ? null : eventId.Trim(), ct));
    }
}
