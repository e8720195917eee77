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
        [AsParameters] TicketSearchQuery query, ITicketQueryStore store, CancellationToken ct)
    {
        var (search, errors) = TicketSearchQueryParser.Parse(query);
        return search is null ? TypedResults.ValidationProblem(errors) : TypedResults.Ok(await store.Search(search, ct));
    }

    private static async Task<Ok<TicketRebuildResult>> Rebuild(TicketQueryRebuilder rebuilder, CancellationToken ct) =>
        TypedResults.Ok(await rebuilder.Rebuild(ct));
}
