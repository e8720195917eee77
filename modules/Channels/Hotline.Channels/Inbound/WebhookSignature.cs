using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Hotline.Channels.Inbound;

/// <summary>
/// The host's webhook authentication, the same for every channel: <c>X-Hotline-Timestamp</c> (unix seconds) and
/// <c>X-Hotline-Signature: sha256=&lt;hex HMAC-SHA256 of "{timestamp}.{raw body}" keyed with the channel's secret&gt;</c>.
/// Signing the timestamp with the body makes an old request useless once it is outside the window (no replay).
/// </summary>
public static class WebhookSignature
{
    public const string TimestampHeader = "X-Hotline-Timestamp";
    public const string SignatureHeader = "X-Hotline-Signature";
    private const string Prefix = "sha256=";

    /// <summary>The header value a provider sends for <paramref name="body"/> at <paramref name="timestamp"/>.</summary>
    public static string Compute(string secret, long timestamp, ReadOnlySpan<byte> body)
    {
        ArgumentNullException.ThrowIfNull(secret);
        return Prefix + Convert.ToHexStringLower(Mac(secret, timestamp.ToString(CultureInfo.InvariantCulture), body));
    }

    /// <summary>Null when the request is authentic and fresh, else a reason code for the security log (no secret, no value).</summary>
    public static string? Check(string secret, string? timestamp, string? signature, ReadOnlySpan<byte> body, DateTimeOffset now, TimeSpan window)
    {
        ArgumentNullException.ThrowIfNull(secret);
        if (string.IsNullOrEmpty(timestamp) || string.IsNullOrEmpty(signature))
        {
            return "missing signature headers";
        }

        if (!long.TryParse(timestamp, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var seconds)
            || seconds < DateTimeOffset.MinValue.ToUnixTimeSeconds() || seconds > DateTimeOffset.MaxValue.ToUnixTimeSeconds())
        {
            return "unreadable timestamp";
        }

        if ((now - DateTimeOffset.FromUnixTimeSeconds(seconds)).Duration() > window)
        {
            return "timestamp outside the window";
        }

        if (!signature.StartsWith(Prefix, StringComparison.Ordinal) || signature.Length != Prefix.Length + 64)
        {
            return "malformed signature";
        }

        byte[] sent;
        try
        {
            sent = Convert.FromHexString(signature.AsSpan(Prefix.Length));
        }
        catch (FormatException)
        {
            return "malformed signature";
        }

        // Constant time: the comparison must not tell an attacker how many leading bytes were right.
        return CryptographicOperations.FixedTimeEquals(sent, Mac(secret, timestamp, body)) ? null : "bad signature";
    }

    private static byte[] Mac(string secret, string timestamp, ReadOnlySpan<byte> body)
    {
        var prefix = Encoding.UTF8.GetBytes(timestamp + ".");
        var signed = new byte[prefix.Length + body.Length];
        prefix.CopyTo(signed, 0);
        body.CopyTo(signed.AsSpan(prefix.Length));
        return HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), signed);
    }
}
