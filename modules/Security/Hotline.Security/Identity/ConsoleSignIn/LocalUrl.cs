using System.Text;

namespace Hotline.Security.Identity.ConsoleSignIn;

/// <summary>Return URLs after sign-in stay on this site: a path like "/tickets", never "//host", "/\host" or "https://…".</summary>
internal static class LocalUrl
{
    /// <summary>The local URL, its non-ASCII characters percent-encoded (a Location header carries ASCII only); else "/".</summary>
    public static string OrRoot(string? url) => IsLocal(url) ? AsciiOnly(url!) : "/";

    public static bool IsLocal(string? url) =>
        !string.IsNullOrEmpty(url)
        && url[0] == '/'
        && (url.Length == 1 || (url[1] != '/' && url[1] != '\\'))
        && !url.Any(char.IsControl);

    private static string AsciiOnly(string url)
    {
        if (url.All(char.IsAscii))
        {
            return url;
        }

        var ascii = new StringBuilder(url.Length * 3);
        var bytes = Encoding.UTF8.GetBytes(url);
        foreach (var b in bytes)
        {
            ascii.Append(b < 0x80 ? ((char)b).ToString() : $"%{b:X2}");
        }

        return ascii.ToString();
    }
}
