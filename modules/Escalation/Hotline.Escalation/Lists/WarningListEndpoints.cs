using Hotline.Kernel;
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
        [AsParameters] WarningListQuery query, Caller caller, IWarningListStore store, CancellationToken ct)
    {
        var (search, errors) = WarningListQueryParser.Parse(WithinCallersScope(query, caller));
        return search is null ? TypedResults.ValidationProblem(errors) : TypedResults.Ok(await store.Search(search, ct));
    }

    /// <summary>Like the ticket list: unfiltered, a project role sees its project and a branch role its branch (the access policy checks any filter given).</summary>
    private static WarningListQuery WithinCallersScope(WarningListQuery query, Caller caller) =>
        (query.ProjectId, query.BranchId, caller.ActingRole) switch
        {
            (null or "", null or "", { Scope: ScopeKind.Project } role) => query with { ProjectId = role.ScopeId },
            (null or "", null or "", { Scope: ScopeKind.Branch } role) => query with { BranchId = role.ScopeId },
            _ => query,
        };
}
