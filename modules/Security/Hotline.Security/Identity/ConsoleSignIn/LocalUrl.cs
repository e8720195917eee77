namespace Hotline.Security.Identity.ConsoleSignIn;

/// <summary>Return URLs after sign-in stay on this site: a path like "/tickets", never "//host", "/\host" or "https://…".</summary>
internal static class LocalUrl
{
    public static string OrRoot(string? url) => IsLocal(url) ? url! : "/";

    public static bool IsLocal(string? url) =>
        !string.IsNullOrEmpty(url)
        && url[0] == '/'
        && (url.Length == 1 || (url[1] != '/' && url[1] != '\\'))
        && !url.Any(char.IsControl);
}
