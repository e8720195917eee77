using System.Collections.Immutable;
using Hotline.Escalation.Contracts;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Hotline.Escalation.Inbox;

public static class InboxEndpoints
{
    /// <summary>GET /api/inbox?personId=…: the person's notifications, newest first.</summary>
    public static IEndpointRouteBuilder MapInbox(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/inbox", Get).WithTags("Escalation");
        return app;
    }

    private static async Task<Results<Ok<ImmutableArray<InboxItem>>, ValidationProblem>> Get(string? personId, IGrainFactory grains)
    {
        if (string.IsNullOrWhiteSpace(personId) || personId.Length > 200)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["personId"] = ["is required (at most 200 characters)"] });
        }

        return TypedResults.Ok(await grains.GetGrain<IInboxGrain>(personId.Trim()).Get());
    }
}
