using Hotline.WebConsole.Text;
using Microsoft.AspNetCore.Http;

namespace Hotline.WebConsole;

/// <summary>GET /console/language?lang=…&amp;returnUrl=…: keeps the chosen language in a cookie and goes back to the page.</summary>
internal static class LanguageEndpoint
{
    public const string Path = "/console/language";

    public static IResult Choose(string? lang, string? returnUrl, HttpContext http)
    {
        http.Response.Cookies.Append(ConsoleLanguage.CookieName, ConsoleLanguage.Of(lang), new CookieOptions
        {
            Path = "/console", HttpOnly = true, SameSite = SameSiteMode.Lax, Secure = http.Request.IsHttps, MaxAge = TimeSpan.FromDays(400),
        });
        return TypedResults.LocalRedirect(IsConsolePage(returnUrl) ? returnUrl! : "/console");
    }

    // Back only to a console page of this site (never "//host" or another site).
    private static bool IsConsolePage(string? url) =>
        url is { Length: > 0 } && url.StartsWith("/console", StringComparison.Ordinal) && !url.Contains("//", StringComparison.Ordinal)
        && !url.Contains('\\', StringComparison.Ordinal) && !url.Any(char.IsControl);
}
