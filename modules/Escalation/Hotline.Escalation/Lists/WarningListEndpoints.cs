using Hotline.Security.Contracts;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Hotline.Escalation.Lists;

public static class WarningListEndpoints
{
    /// <summary>GET /api/warnings: the supervisor's queue and every warning's state, newest first, keyset-paged.</summary>
    public static IEndpointRouteBuilder MapWarningList(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/warnings").WithTags("Escalation").MapGet("/", Search);
        return app;
    }

    private static async Task<Results<Ok<WarningPage>, ValidationProblem>> Search(
        [AsParameters] WarningListQuery query, Caller caller, WarningList list, CancellationToken ct)
    {
        var (page, errors) = await list.Find(query, caller.ActingRole, openOnly: false, ct);
        return page is null ? TypedResults.ValidationProblem(errors) : TypedResults.Ok(page);
    }
}
