using System.Collections.Immutable;
using Hotline.Escalation.Contracts;
using Hotline.Security.Contracts;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Hotline.Escalation.Inbox;

public static class InboxEndpoints
{
    /// <summary>GET /api/inbox: the signed-in person's notifications, newest first (?personId=… another's, where the access policy allows).</summary>
    public static IEndpointRouteBuilder MapInbox(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/inbox", Get).WithTags("Escalation");
        return app;
    }

    private static async Task<Results<Ok<ImmutableArray<InboxItem>>, ValidationProblem>> Get(string? personId, Caller caller, IGrainFactory grains)
    {
        if (personId is { Length: > 200 })
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["personId"] = ["must be at most 200 characters"] });
        }

        var whose = string.IsNullOrWhiteSpace(personId) ? caller.PersonId : personId.Trim();
        return TypedResults.Ok(await grains.GetGrain<IInboxGrain>(whose).Get());
    }
}
