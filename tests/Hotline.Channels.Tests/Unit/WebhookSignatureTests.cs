using System.Security.Cryptography;
using System.Text;
using Hotline.Channels.Inbound;

namespace Hotline.Channels.Tests.Unit;

/// <summary>The host's webhook signature: HMAC-SHA256 over "{timestamp}.{body}", within a window both ways.</summary>
public sealed class WebhookSignatureTests
{
    private const string Secret = "a-secret-of-sixteen+";
    private static readonly DateTimeOffset Now = new(2026, 12, 5, 1, 0, 0, TimeSpan.Zero);
    private static readonly byte[] Body = Encoding.UTF8.GetBytes("""{"messageId":"1"}""");

    [Fact]
    public void Compute_IsHexHmacSha256OfTimestampDotBody()
    {
        var timestamp = Now.ToUnixTimeSeconds();
        // Worked out independently: the MAC of the literal "{timestamp}." followed by the body bytes.
        var expected = "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(Secret), Encoding.UTF8.GetBytes($"{timestamp}." + """{"messageId":"1"}""")));

        Assert.Equal(expected, WebhookSignature.Compute(Secret, timestamp, Body));
        Assert.Null(WebhookSignature.Check(Secret, timestamp.ToString(), expected, Body, Now, TimeSpan.FromMinutes(5)));
    }

    [Fact]
    public void Check_RefusesATamperedBodyAnotherSecretAndMissingHeaders()
    {
        var timestamp = Now.ToUnixTimeSeconds();
        var signature = WebhookSignature.Compute(Secret, timestamp, Body);
        var window = TimeSpan.FromMinutes(5);

        Assert.Equal("bad signature", WebhookSignature.Check(Secret, timestamp.ToString(), signature, Encoding.UTF8.GetBytes("""{"messageId":"2"}"""), Now, window));
        Assert.Equal("bad signature", WebhookSignature.Check("another-secret-entirely", timestamp.ToString(), signature, Body, Now, window));
        Assert.Equal("bad signature", WebhookSignature.Check(Secret, (timestamp + 1).ToString(), signature, Body, Now.AddSeconds(1), window));
        Assert.Equal("missing signature headers", WebhookSignature.Check(Secret, null, signature, Body, Now, window));
        Assert.Equal("malformed signature", WebhookSignature.Check(Secret, timestamp.ToString(), "sha1=abc", Body, Now, window));
        Assert.Equal("unreadable timestamp", WebhookSignature.Check(Secret, "yesterday", signature, Body, Now, window));
    }

    [Theory]
    [InlineData(-301, "timestamp outside the window")]
    [InlineData(301, "timestamp outside the window")]
    [InlineData(-300, null)]
    [InlineData(300, null)]
    public void Check_TimestampWindowHoldsBothWays(int offsetSeconds, string? expected)
    {
        var timestamp = Now.AddSeconds(offsetSeconds).ToUnixTimeSeconds();

        Assert.Equal(expected, WebhookSignature.Check(Secret, timestamp.ToString(), WebhookSignature.Compute(Secret, timestamp, Body), Body, Now, TimeSpan.FromMinutes(5)));
    }
}
