using Hotline.Escalation.Contracts;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Hotline.Escalation.Api;

/// <summary>GET /api/escalation/policy: the warning ladder, limits and windows in force (A11–A12), read-only.</summary>
public static class EscalationPolicyEndpoint
{
    public const string Route = "/api/escalation/policy";

    public static IEndpointRouteBuilder MapEscalationPolicy(this IEndpointRouteBuilder app)
    {
        app.MapGet(Route, (EscalationPolicyFacts facts) => TypedResults.Ok(facts)).WithTags("Escalation");
        return app;
    }
}
