using Hotline.Security.Events;
using Hotline.Security.Identity.Accounts;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http;

namespace Hotline.Security.Identity.ConsoleSignIn;

/// <summary>API callers get 401/403 status codes; only console pages are sent to the sign-in form. A session whose person's stamp changed (revoked) ends.</summary>
internal sealed class ConsoleCookieEvents(SecurityStamps stamps, SecurityEvents events) : CookieAuthenticationEvents
{
    public override async Task ValidatePrincipal(CookieValidatePrincipalContext context)
    {
        var personId = context.Principal?.FindFirst(HotlineClaims.PersonId)?.Value;
        var stamp = context.Principal?.FindFirst(HotlineClaims.Stamp)?.Value ?? "";
        if (personId is null || !await stamps.IsCurrentAsync(personId, stamp))
        {
            events.Record(SecurityEventKind.RevokedCredential, "console", "a revoked session");
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(HotlineSchemes.Console);
        }
    }

    public override Task RedirectToLogin(RedirectContext<CookieAuthenticationOptions> context) =>
        IsApi(context.Request) ? Status(context, StatusCodes.Status401Unauthorized) : base.RedirectToLogin(context);

    public override Task RedirectToAccessDenied(RedirectContext<CookieAuthenticationOptions> context) =>
        IsApi(context.Request) ? Status(context, StatusCodes.Status403Forbidden) : base.RedirectToAccessDenied(context);

    private static bool IsApi(HttpRequest request) => request.Path.StartsWithSegments("/api");

    private static Task Status(RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        context.Response.StatusCode = status;
        return Task.CompletedTask;
    }
}
