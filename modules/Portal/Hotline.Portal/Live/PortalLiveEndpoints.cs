using Hotline.BuildingBlocks;
using Hotline.Portal.Sessions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Hotline.Portal.Live;

/// <summary>/portal/live (the owner's feed of changed ticket ids, Server-Sent Events) and /portal/live.js (the script reading it).</summary>
public static class PortalLiveEndpoints
{
    public const string FeedPath = "/portal/live";
    public const string ScriptPath = "/portal/live.js";

    private static readonly Lazy<string> Script = new(() =>
    {
        using var stream = typeof(PortalLiveEndpoints).Assembly.GetManifestResourceStream("Hotline.Portal.Live.portal-live.js")
            ?? throw new InvalidOperationException("the portal's script is not embedded");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    });

    public static IEndpointRouteBuilder MapPortalLive(this IEndpointRouteBuilder app)
    {
        app.MapGet(FeedPath, Feed).RequireRateLimiting(RateLimitPolicyNames.OwnerPortal).ExcludeFromDescription();
        app.MapGet(ScriptPath, (HttpResponse response) =>
        {
            // Every page loads it: kept a while by the browser, so it costs the owner's per-address request budget once.
            response.Headers.CacheControl = "public, max-age=300";
            return TypedResults.Text(Script.Value, "text/javascript; charset=utf-8");
        }).RequireRateLimiting(RateLimitPolicyNames.OwnerPortal).ExcludeFromDescription();
        return app;
    }

    private static async Task<IResult> Feed(HttpContext context, OwnerSessions sessions, OwnerLiveFeed feed)
    {
        if (await sessions.Current(context) is not { } session)
        {
            return TypedResults.Unauthorized();
        }

        await feed.Run(context, session);
        return TypedResults.Empty;
    }
}
