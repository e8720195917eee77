using System.Net;
using Hotline.Channels.Tests.Support;

namespace Hotline.Channels.Tests.Webhooks;

/// <summary>Issue 11: webhooks are authenticated by the host (HMAC with the channel's secret, a timestamp window); a refusal stores nothing.</summary>
[Collection(ChannelsCollection.Name)]
public sealed class WebhookAuthenticationTests(ChannelsFixture fixture)
{
    private const string Url = "/channels/gm-sms/messages";

    [Fact]
    public async Task A2_BadSignature_Is401_LoggedAsSecurityEvent_AndNothingStored()
    {
        var before = await fixture.StoredRows();
        var body = Webhook.Sms($"gw-{Guid.NewGuid():N}", ChannelsFixture.NewPhone(), "伪造的短信");

        var wrongSecret = await fixture.Provider.Post(Url, body, "not-the-channel-secret-at-all", fixture.Clock.GetUtcNow());
        var missing = new HttpRequestMessage(HttpMethod.Post, Url) { Content = new StringContent(body) };
        var unsigned = await fixture.Provider.SendAsync(missing);

        Assert.Equal((HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized), (wrongSecret.StatusCode, unsigned.StatusCode));
        Assert.Equal(before, await fixture.StoredRows());
        Assert.Contains(fixture.Log.Lines, l => l.Contains("Hotline.Security.Events", StringComparison.Ordinal) && l.Contains("webhook-refused", StringComparison.Ordinal) && l.Contains("bad signature", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(-6)]
    [InlineData(6)]
    public async Task A2_TimestampOutsideTheWindow_Is401_EvenWhenSigned(int minutes)
    {
        var before = await fixture.StoredRows();

        var response = await fixture.Provider.Post(Url, Webhook.Sms($"gw-{Guid.NewGuid():N}", ChannelsFixture.NewPhone(), "重放的短信"), ChannelsFixture.SmsSecret, fixture.Clock.GetUtcNow().AddMinutes(minutes));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(before, await fixture.StoredRows());
    }

    [Fact]
    public async Task A2_OversizedBody_Is413NamingBody_AndNothingStored()
    {
        var before = await fixture.StoredRows();
        var huge = Webhook.Sms($"gw-{Guid.NewGuid():N}", ChannelsFixture.NewPhone(), new string('漏', 17 * 1024));

        var response = await fixture.Provider.Post(Url, huge, ChannelsFixture.SmsSecret, fixture.Clock.GetUtcNow());

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("body", (await response.ProblemField()).Field);
        Assert.Equal(before, await fixture.StoredRows());
    }

    [Fact]
    public async Task A2_ChannelWithoutSecret_Is503_AndNothingStored()
    {
        var before = await fixture.StoredRows();

        var response = await fixture.Provider.Post("/channels/test-unsigned/in", """{"messageId":"u-1","from":"13800000000","text":"x"}""", "any-secret-will-do-here", fixture.Clock.GetUtcNow());
        var unknown = await fixture.Provider.Post("/channels/no-such-channel/in", "{}", "any-secret-will-do-here", fixture.Clock.GetUtcNow());

        Assert.Equal((HttpStatusCode.ServiceUnavailable, HttpStatusCode.NotFound), (response.StatusCode, unknown.StatusCode));
        Assert.Equal(before, await fixture.StoredRows());
    }
}
