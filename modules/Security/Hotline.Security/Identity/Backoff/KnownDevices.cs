using System.Globalization;
using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace Hotline.Security.Identity.Backoff;

/// <summary>
/// Known-device tokens: given at each successful sign-in (in the token answer, and as the console's
/// <see cref="CookieName"/> cookie), sent back with later sign-ins in <see cref="HeaderName"/> or the cookie. A
/// device that signed in to a name before passes that name's back-off, so a stranger cannot lock its owner out.
/// </summary>
public sealed class KnownDevices(IDataProtectionProvider protection, IOptions<SecurityOptions> options, TimeProvider clock)
{
    public const string HeaderName = "X-Hotline-Device";
    public const string CookieName = "hotline.device";

    private readonly IDataProtector _protector = protection.CreateProtector("Hotline.Security.KnownDevice.v1");

    public string Issue(string username)
    {
        var expires = clock.GetUtcNow().AddDays(options.Value.Backoff.KnownDeviceDays).ToUnixTimeSeconds();
        // The nonce makes each device's token its own, so one device's failures back off only that device.
        var nonce = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8));
        return _protector.Protect($"{Normalize(username)}|{expires.ToString(CultureInfo.InvariantCulture)}|{nonce}");
    }

    /// <summary>True when the token is ours, unexpired and was given for this user name.</summary>
    public bool IsKnown(string? token, string username)
    {
        if (string.IsNullOrEmpty(token) || token.Length > 1024)
        {
            return false;
        }

        try
        {
            var parts = _protector.Unprotect(token).Split('|');
            return parts.Length == 3
                && parts[0] == Normalize(username)
                && long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var expires)
                && expires > clock.GetUtcNow().ToUnixTimeSeconds();
        }
        catch (CryptographicException)
        {
            return false;
        }
    }

    /// <summary>The token a request carries: the header (API clients), else the console's cookie.</summary>
    public static string? Of(HttpRequest request) =>
        request.Headers[HeaderName].ToString() is { Length: > 0 } header ? header : request.Cookies[CookieName];

    private static string Normalize(string username) => username.Trim().ToLowerInvariant();
}
