using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Hotline.Channels.Inbound;

namespace Hotline.Channels.Tests.Support;

/// <summary>A provider calling a channel's webhook: signs "{timestamp}.{body}" with the channel's secret, as the host expects.</summary>
public static class Webhook
{
    public static Task<HttpResponseMessage> Post(this HttpClient http, string url, string body, string secret, DateTimeOffset at) =>
        http.SendAsync(Request(url, body, secret, at));

    public static HttpRequestMessage Request(string url, string body, string secret, DateTimeOffset at, string? signature = null)
    {
        var bytes = Encoding.UTF8.GetBytes(body);
        var timestamp = at.ToUnixTimeSeconds();
        var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new ByteArrayContent(bytes) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        request.Headers.Add(WebhookSignature.TimestampHeader, timestamp.ToString(CultureInfo.InvariantCulture));
        request.Headers.Add(WebhookSignature.SignatureHeader, signature ?? WebhookSignature.Compute(secret, timestamp, bytes));
        return request;
    }

    /// <summary>The SMS gateway's JSON for an owner's message.</summary>
    public static string Sms(string messageId, string from, string text, string? inReplyTo = null) => JsonSerializer.Serialize(new
    {
        messageId, from, text, sentAt = "2026-12-05T09:30:00+08:00", inReplyTo,
    });
}
