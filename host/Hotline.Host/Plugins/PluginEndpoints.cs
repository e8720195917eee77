using Microsoft.AspNetCore.Http.HttpResults;

namespace Hotline.Host.Plugins;

public static class PluginEndpoints
{
    /// <summary>Maps <c>GET /api/plugins</c>: every plugin found at start-up and its outcome.</summary>
    public static IEndpointRouteBuilder MapPlugins(this IEndpointRouteBuilder app)
    {
        var plugins = app.MapGroup("/api/plugins").WithTags("Plugins");
        plugins.MapGet("/", ListPlugins).WithName("ListPlugins");
        return app;
    }

    private static Ok<PluginRegistry> ListPlugins(PluginRegistry registry) => TypedResults.Ok(registry);
}
