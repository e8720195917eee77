using Hotline.CallCenter.Contracts;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Hotline.CallCenter.Owners;

public static class OwnerEndpoints
{
    /// <summary>GET /api/call-center/owners: a caller's households and tickets, by phone or by address.</summary>
    public static RouteGroupBuilder MapOwnerLookup(this RouteGroupBuilder group)
    {
        group.MapGet("/owners", Lookup);
        return group;
    }

    // The same search the console's agent workspace uses (IOwnerSearch).
    private static async Task<Results<Ok<OwnerLookup>, ValidationProblem>> Lookup(
        [AsParameters] OwnerQuery query, IOwnerSearch search, CancellationToken ct)
    {
        var answer = await search.Find(query, ct);
        return answer.Value is { } found ? TypedResults.Ok(found) : TypedResults.ValidationProblem(answer.Errors.ToDictionary());
    }
}
