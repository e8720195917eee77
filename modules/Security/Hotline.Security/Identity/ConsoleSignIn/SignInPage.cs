using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Antiforgery;

namespace Hotline.Security.Identity.ConsoleSignIn;

/// <summary>The console's minimal sign-in form; every value written into it is HTML-encoded.</summary>
internal static class SignInPage
{
    public static string Render(AntiforgeryTokenSet antiforgery, string returnUrl, string? message)
    {
        var e = HtmlEncoder.Default;
        var error = message is null ? "" : $"""<p role="alert">{e.Encode(message)}</p>""";
        return $"""
            <!DOCTYPE html>
            <html lang="en">
            <head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Hotline · sign in</title></head>
            <body>
            <h1>Hotline</h1>
            {error}
            <form method="post" action="/account/sign-in">
            <input type="hidden" name="{e.Encode(antiforgery.FormFieldName)}" value="{e.Encode(antiforgery.RequestToken ?? "")}">
            <input type="hidden" name="returnUrl" value="{e.Encode(returnUrl)}">
            <label>Username <input name="username" autocomplete="username" required></label>
            <label>Password <input name="password" type="password" autocomplete="current-password" required></label>
            <button type="submit">Sign in</button>
            </form>
            </body>
            </html>
            """;
    }
}
