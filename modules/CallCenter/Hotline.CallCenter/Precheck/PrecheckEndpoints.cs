using Hotline.CallCenter.Contracts;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Hotline.CallCenter.Precheck;

public static class PrecheckEndpoints
{
    /// <summary>POST /api/call-center/precheck: classification and repeat flag before registering; changes nothing.</summary>
    public static RouteGroupBuilder MapPrecheck(this RouteGroupBuilder group)
    {
        group.MapPost("/precheck", Check);
        return group;
    }

    // The same check the console's agent workspace uses (IComplaintPrecheck).
    private static async Task<Results<Ok<PrecheckAnswer>, ValidationProblem>> Check(
        PrecheckRequest request, IComplaintPrecheck precheck, CancellationToken ct)
    {
        var answer = await precheck.Check(request, ct);
        return answer.Value is { } found ? TypedResults.Ok(found) : TypedResults.ValidationProblem(answer.Errors.ToDictionary());
    }
}
