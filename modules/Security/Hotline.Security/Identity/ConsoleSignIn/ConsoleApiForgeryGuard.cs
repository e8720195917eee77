using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Hotline.Security.Identity.ConsoleSignIn;

/// <summary>
/// A browser sends the console's cookie with any request, so an /api call that changes something and rides on that
/// cookie must also carry the antiforgery token in <see cref="HeaderName"/> (from GET /account/antiforgery). Bearer
/// tokens are never sent by a browser on its own and need no such proof.
/// </summary>
internal static class ConsoleApiForgeryGuard
{
    public const string HeaderName = "X-Hotline-Antiforgery";

    public static async Task Check(HttpContext context, RequestDelegate next)
    {
        if (context.User.Identity is { IsAuthenticated: true, AuthenticationType: HotlineSchemes.Console }
            && context.Request.Path.StartsWithSegments("/api")
            && !(HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method) || HttpMethods.IsOptions(context.Request.Method))
            && !await context.RequestServices.GetRequiredService<IAntiforgery>().IsRequestValidAsync(context))
        {
            await TypedResults.Problem(
                statusCode: StatusCodes.Status400BadRequest,
                title: "Missing or wrong antiforgery token",
                detail: $"a console request that changes something carries the token from GET /account/antiforgery in the {HeaderName} header",
                extensions: new Dictionary<string, object?> { ["errors"] = new Dictionary<string, string[]> { [HeaderName] = ["is required with the console's session"] } })
                .ExecuteAsync(context);
            return;
        }

        await next(context);
    }
}
