using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Hotline.Security.Access;

/// <summary>"METHOD /route/pattern": how the access table names an endpoint (a group's "/" collapses onto the group).</summary>
public static class EndpointKeys
{
    public static string? Of(Endpoint endpoint)
    {
        if (endpoint is not RouteEndpoint route)
        {
            return null;
        }

        var method = route.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods.FirstOrDefault() ?? "ANY";
        var pattern = "/" + (route.RoutePattern.RawText ?? "").Trim('/');
        return $"{method} {pattern}";
    }
}
