using Hotline.Channels.Contracts;
using Hotline.BuildingBlocks;
using Hotline.Portal.Sessions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Hotline.Portal.Api;

/// <summary>
/// The signed-in owner's choice of how to be told (the settings page's form does the same). Only the owner session opens
/// them (401 otherwise). A cross-site page cannot send this JSON body without a preflight the host never allows.
/// </summary>
public static class OwnerPreferenceEndpoints
{
    public const string Path = "/portal/api/preferences";

    public static IEndpointRouteBuilder MapOwnerPreferences(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup(Path).WithTags("Portal").RequireRateLimiting(RateLimitPolicyNames.OwnerPortal).ExcludeFromDescription();
        group.MapGet("", Get);
        group.MapPut("", Put);
        return app;
    }

    private static async Task<Results<Ok<PreferenceAnswer>, ProblemHttpResult>> Get(HttpContext context, OwnerSessions sessions, IOwnerPreferences preferences)
    {
        if (await sessions.Current(context) is not { } session)
        {
            return NotSignedIn();
        }

        return TypedResults.Ok(new PreferenceAnswer(await preferences.Preferred(session.Owner.Phone, context.RequestAborted), preferences.Choices));
    }

    private static async Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> Put(
        PreferenceBody body, HttpContext context, OwnerSessions sessions, IOwnerPreferences preferences)
    {
        if (await sessions.Current(context) is not { } session)
        {
            return NotSignedIn();
        }

        var channel = string.IsNullOrWhiteSpace(body.Channel) ? null : body.Channel.Trim();
        if (!await preferences.Prefer(session.Owner.Phone, channel, context.RequestAborted))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["channel"] = [PortalMessages.UnknownChannel(preferences.Choices)] });
        }

        return TypedResults.NoContent();
    }

    private static ProblemHttpResult NotSignedIn() =>
        TypedResults.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "Not signed in", detail: PortalMessages.NotSignedIn);
}
