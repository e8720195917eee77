using Hotline.Tickets.Contracts;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Hotline.Tickets.Sla;

/// <summary>GET /api/sla/policy: the SLA limits in force before any override (A13.2), read-only.</summary>
public static class SlaPolicyEndpoint
{
    public const string Route = "/api/sla/policy";

    public static IEndpointRouteBuilder MapSlaPolicy(this IEndpointRouteBuilder app)
    {
        app.MapGet(Route, (ISlaLimits sla) => TypedResults.Ok(sla.Defaults)).WithTags("Tickets");
        return app;
    }
}
