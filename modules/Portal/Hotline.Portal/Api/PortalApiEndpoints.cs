using System.Globalization;
using Hotline.BuildingBlocks;
using Hotline.Portal.Sessions;
using Hotline.Portal.SignIn;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Hotline.Portal.Api;

/// <summary>The owners' sign-in API (JSON) and the pages' sign-out form target; all rate-limited per client address.</summary>
public static class PortalApiEndpoints
{
    public const string SignInPage = "/portal/sign-in";

    /// <summary>The form field the framework's antiforgery token travels in.</summary>
    private const string AntiforgeryField = "__RequestVerificationToken";

    public static IEndpointRouteBuilder MapPortalApi(this IEndpointRouteBuilder app)
    {
        // The owners' API, not the staff API the OpenAPI document describes.
        var api = app.MapGroup("/portal/api").WithTags("Portal").RequireRateLimiting(RateLimitPolicyNames.OwnerPortal).ExcludeFromDescription();
        api.MapPost("/sign-in/code", RequestCode);
        api.MapPost("/sign-in", SignIn);
        app.MapGet("/portal", () => TypedResults.Redirect("/portal/tickets")).ExcludeFromDescription();
        // A form of the pages: its antiforgery token is checked here, as the pages' own forms are.
        app.MapPost("/portal/sign-out", (Delegate)SignOut).WithMetadata(new RequireAntiforgeryTokenAttribute())
            .RequireRateLimiting(RateLimitPolicyNames.OwnerPortal).ExcludeFromDescription();
        return app;
    }

    private static async Task<Results<Accepted, ValidationProblem, ProblemHttpResult>> RequestCode(
        SignInCodeBody body, OwnerSignIn signIn, HttpResponse response, CancellationToken ct)
    {
        var result = await signIn.RequestCode(body.Phone, ct);
        if (result.InvalidPhone)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["phone"] = [PortalMessages.InvalidPhone] });
        }

        if (result.RetryAfter is { } wait)
        {
            response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
            return TypedResults.Problem(statusCode: StatusCodes.Status429TooManyRequests, title: "Too many codes", detail: PortalMessages.TooSoon(wait));
        }

        return TypedResults.Accepted((string?)null);
    }

    private static async Task<Results<NoContent, ValidationProblem>> SignIn(SignInBody body, OwnerSignIn signIn, HttpContext context, CancellationToken ct)
    {
        if (await signIn.Verify(body.Phone, body.Code, ct) is not { } owner)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["code"] = [PortalMessages.WrongCode] });
        }

        await OwnerSessions.SignIn(context, owner);
        return TypedResults.NoContent();
    }

    private static async Task<Results<RedirectHttpResult, ValidationProblem>> SignOut(HttpContext context)
    {
        if (context.Features.Get<IAntiforgeryValidationFeature>() is not { IsValid: true })
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { [AntiforgeryField] = ["the form's antiforgery token is missing or wrong"] });
        }

        await OwnerSessions.SignOut(context);
        return TypedResults.Redirect(SignInPage);
    }
}
