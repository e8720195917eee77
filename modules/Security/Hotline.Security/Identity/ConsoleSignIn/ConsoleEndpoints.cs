using Hotline.BuildingBlocks;
using Hotline.Security.Identity.Accounts;
using Hotline.Security.Identity.Api;
using Hotline.Security.Identity.Backoff;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace Hotline.Security.Identity.ConsoleSignIn;

/// <summary>/account: the console's cookie session. Forms carry an antiforgery token; the cookie is HttpOnly and SameSite=Strict.</summary>
internal static class ConsoleEndpoints
{
    public const string SignInPath = "/account/sign-in";

    public static IEndpointRouteBuilder MapConsoleAccount(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/account").WithTags("Console").ExcludeFromDescription();
        group.MapGet("/sign-in", (string? returnUrl, IAntiforgery antiforgery, HttpContext http) =>
            Page(http, antiforgery, LocalUrl.OrRoot(returnUrl), null, StatusCodes.Status200OK));
        group.MapPost("/sign-in", SignIn).RequireRateLimiting(RateLimitPolicyNames.SignIn);
        group.MapPost("/sign-out", SignOut);
        group.MapGet("/antiforgery", AntiforgeryToken);
        return app;
    }

    // Form binding makes the antiforgery middleware's verdict binding: a missing or wrong token answers 400 before this runs.
    private static async Task<Results<RedirectHttpResult, ContentHttpResult>> SignIn(
        [FromForm] SignInForm form, SignInService signIn, SecurityStamps stamps, IAntiforgery antiforgery, TimeProvider clock, HttpContext http)
    {
        var returnUrl = LocalUrl.OrRoot(form.ReturnUrl);
        if (CredentialRules.Problems(form.Username, form.Password).Count > 0)
        {
            return Page(http, antiforgery, returnUrl, "Enter your username and password.", StatusCodes.Status400BadRequest);
        }

        var source = new SignInSource(http.Connection.RemoteIpAddress?.ToString() ?? "unknown", KnownDevices.Of(http.Request), "POST /account/sign-in");
        var outcome = await signIn.SignInAsync(form.Username!.Trim(), form.Password!, source);
        switch (outcome)
        {
            case { Status: SignInStatus.SignedIn, PersonId: { } personId }:
                var stamp = (await stamps.FreshAsync(personId)).Stamp;
                await http.SignInAsync(HotlineSchemes.Console, HotlinePrincipal.Create(personId, HotlineSchemes.Console, stamp));
                http.Response.Cookies.Append(KnownDevices.CookieName, outcome.DeviceToken!, new CookieOptions
                {
                    HttpOnly = true, SameSite = SameSiteMode.Strict, Secure = http.Request.IsHttps, Path = SignInPath, MaxAge = TimeSpan.FromDays(400),
                });
                return TypedResults.LocalRedirect(returnUrl);
            case { Status: SignInStatus.BackingOff, RetryAfter: { } until }:
                SignInProblems.SetRetryAfter(http, until, clock);
                return Page(http, antiforgery, returnUrl, SignInProblems.BackingOffDetail(until), StatusCodes.Status429TooManyRequests);
            case { Status: SignInStatus.Busy }:
                http.Response.Headers.RetryAfter = "1";
                return Page(http, antiforgery, returnUrl, SignInProblems.BusyDetail, StatusCodes.Status503ServiceUnavailable);
            default:
                return Page(http, antiforgery, returnUrl, SignInProblems.RejectedDetail, StatusCodes.Status401Unauthorized);
        }
    }

    /// <summary>The token the console's scripts send in the antiforgery header with every /api call that changes something.</summary>
    private static Ok<ConsoleAntiforgeryToken> AntiforgeryToken(IAntiforgery antiforgery, HttpContext http)
    {
        var tokens = antiforgery.GetAndStoreTokens(http);
        http.Response.Headers.CacheControl = "no-store";
        return TypedResults.Ok(new ConsoleAntiforgeryToken(tokens.HeaderName ?? ConsoleApiForgeryGuard.HeaderName, tokens.RequestToken!));
    }

    private static async Task<Results<RedirectHttpResult, BadRequest>> SignOut(IAntiforgery antiforgery, SecurityStamps stamps, HttpContext http)
    {
        if (!await antiforgery.IsRequestValidAsync(http))
        {
            return TypedResults.BadRequest();
        }

        // Revoked, not only forgotten by this browser: a copy of the cookie (or a token of the same person) stops working too.
        if (http.User.PersonId() is { } personId)
        {
            await stamps.RevokeAsync(personId);
        }

        await http.SignOutAsync(HotlineSchemes.Console);
        return TypedResults.LocalRedirect(SignInPath);
    }

    private static ContentHttpResult Page(HttpContext http, IAntiforgery antiforgery, string returnUrl, string? message, int status)
    {
        http.Response.Headers.CacheControl = "no-store";
        return TypedResults.Content(SignInPage.Render(antiforgery.GetAndStoreTokens(http), returnUrl, message), "text/html; charset=utf-8", statusCode: status);
    }
}
