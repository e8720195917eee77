using Hotline.Kernel;
using Hotline.Security.Contracts;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Hotline.Tickets.Queries;

public static class TicketQueryEndpoints
{
    /// <summary>GET /api/tickets (the list, from the query store) and POST /api/admin/query-store/rebuild.</summary>
    public static IEndpointRouteBuilder MapTicketQueries(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/tickets").WithTags("Tickets").MapGet("/", Search);
        app.MapGroup("/api/admin/query-store").WithTags("Admin").MapPost("/rebuild", Rebuild);
        return app;
    }

    private static async Task<Results<Ok<TicketPage>, ValidationProblem>> Search(
        [AsParameters] TicketSearchQuery query, Caller caller, ITicketQueryStore store, CancellationToken ct)
    {
        var (search, errors) = TicketSearchQueryParser.Parse(WithinCallersScope(query, caller));
        if (search is null)
        {
            return TypedResults.ValidationProblem(errors);
        }

        // "Needs my action": waiting on a party the caller's acting role belongs to (none for roles without a workflow step).
        if (search.AwaitingAnyOf is not null)
        {
            search = search with { AwaitingAnyOf = caller.ActingRole is { } role ? TicketAssignee.For(role.Role) : [] };
            if (caller.ActingRole?.Role == Role.ProjectHandler)
            {
                // A handler's own step is on the tickets they hold, not on every ticket some handler holds.
                search = search with { Handler = caller.PersonId };
            }
        }

        return TypedResults.Ok(await store.Search(search, ct));
    }

    /// <summary>An unfiltered list shows what the caller may see: a liaison their project, a branch head their branch.</summary>
    private static TicketSearchQuery WithinCallersScope(TicketSearchQuery query, Caller caller) =>
        (query.ProjectId, query.BranchId, caller.ActingRole) switch
        {
            (null or "", null or "", { Scope: ScopeKind.Project } role) => query with { ProjectId = role.ScopeId },
            (null or "", null or "", { Scope: ScopeKind.Branch } role) => query with { BranchId = role.ScopeId },
            _ => query,
        };

    private static async Task<Ok<TicketRebuildResult>> Rebuild(TicketQueryRebuilder rebuilder, CancellationToken ct) =>
        TypedResults.Ok(await rebuilder.Rebuild(ct));
}
