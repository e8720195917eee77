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
        var (page, errors) = await Run(query, caller.PersonId, caller.ActingRole, store, ct);
        return page is null ? TypedResults.ValidationProblem(errors) : TypedResults.Ok(page);
    }

    /// <summary>The list as the API answers it, for the endpoint and for the console (<see cref="TicketList"/>).</summary>
    internal static async Task<(TicketPage? Page, Dictionary<string, string[]> Errors)> Run(
        TicketSearchQuery query, string personId, RoleAssignment? actingRole, ITicketQueryStore store, CancellationToken ct)
    {
        var (search, errors) = TicketSearchQueryParser.Parse(WithinCallersScope(query, actingRole));
        if (search is null)
        {
            return (null, errors);
        }

        // "Needs my action": waiting on a party the caller's acting role belongs to (none for roles without a workflow step).
        if (search.AwaitingAnyOf is not null)
        {
            search = search with { AwaitingAnyOf = actingRole is { } role ? TicketAssignee.For(role.Role) : [] };
            if (actingRole?.Role == Role.ProjectHandler)
            {
                // A handler's own step is on the tickets they hold, not on every ticket some handler holds.
                search = search with { Handler = personId };
            }
        }

        return (await store.Search(search, ct), errors);
    }

    /// <summary>An unfiltered list shows what the caller may see: a liaison their project, a branch head their branch.</summary>
    private static TicketSearchQuery WithinCallersScope(TicketSearchQuery query, RoleAssignment? actingRole) =>
        (query.ProjectId, query.BranchId, actingRole) switch
        {
            (null or "", null or "", { Scope: ScopeKind.Project } role) => query with { ProjectId = role.ScopeId },
            (null or "", null or "", { Scope: ScopeKind.Branch } role) => query with { BranchId = role.ScopeId },
            _ => query,
        };

    private static async Task<Ok<TicketRebuildResult>> Rebuild(TicketQueryRebuilder rebuilder, CancellationToken ct) =>
        TypedResults.Ok(await rebuilder.Rebuild(ct));
}
