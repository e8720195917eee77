using Microsoft.AspNetCore.Http;

namespace Hotline.Channels.Inbound;

/// <summary>Reads a webhook's raw body within the endpoint's limit, and picks the headers worth keeping with it.</summary>
public static class WebhookBody
{
    private const int MaxKeptHeaders = 20;
    private const int MaxHeaderValue = 200;

    /// <summary>The body, or null when it is larger than <paramref name="maxBytes"/> (declared or actual).</summary>
    public static async Task<byte[]?> Read(HttpRequest request, int maxBytes, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.ContentLength > maxBytes)
        {
            return null;
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[8192];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, ct)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    /// <summary>
    /// The provider's own headers (<c>x-…</c>) and the user agent, lower-case, for the plugin and for operators; never
    /// the signature headers, credentials, cookies or forwarding addresses.
    /// </summary>
    public static IReadOnlyDictionary<string, string> KeptHeaders(IHeaderDictionary headers)
    {
        ArgumentNullException.ThrowIfNull(headers);
        var kept = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, values) in headers)
        {
            var key = name.ToLowerInvariant();
            var keep = key == "user-agent" || (key.StartsWith("x-", StringComparison.Ordinal)
                && !key.StartsWith("x-hotline-", StringComparison.Ordinal) && !key.StartsWith("x-forwarded", StringComparison.Ordinal)
                && key is not ("x-real-ip" or "x-api-key" or "x-csrf-token"));
            var value = values.ToString();
            if (keep && kept.Count < MaxKeptHeaders && !value.Any(char.IsControl))
            {
                kept[key] = value.Length <= MaxHeaderValue ? value : value[..MaxHeaderValue];
            }
        }

        return kept;
    }
}
