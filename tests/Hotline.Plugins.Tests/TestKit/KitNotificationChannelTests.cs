using System.Net;
using Hotline.Plugins.Abstractions;
using Hotline.Plugins.TestKit;

namespace Hotline.Plugins.Tests.TestKit;

/// <summary>The kit on the SMS gateway plugin's notification channel, against the kit's fake provider server.</summary>
public sealed class KitNotificationChannelTests : IDisposable
{
    private readonly FakeProviderServer _gateway = new("/sms");

    [Fact]
    public async Task Send_GatewayAccepts_DeliveredAndTheServerSawTheRequest()
    {
        using var plugin = LoadSms(_gateway.Url);
        var sms = plugin.Notification("sms");

        var result = await sms.Send(new ChannelMessage("n-1", "sunrise-liaison", "13800138000", "blue warning", DateTimeOffset.UnixEpoch), CancellationToken.None);

        Assert.Equal(ChannelResult.Delivered, result);
        Assert.True(sms.IsConfigured);
        var request = Assert.Single(_gateway.Requests);
        Assert.Equal(("POST", "/sms/", "n-1", "key-1"), (request.Method, request.Path, request.Header("idempotency-key"), request.Header("X-API-KEY")));
        Assert.Equal("""{"messageId":"n-1","to":"13800138000","text":"blue warning"}""", request.Body);
        Assert.Contains("Information: SMS n-1 to 138****8000 accepted by the gateway", plugin.Log.Lines);
    }

    [Fact]
    public async Task Send_GatewayAnswers503_RetryableAndTheNextIsDelivered()
    {
        using var plugin = LoadSms(_gateway.Url);
        _gateway.AnswerNext(HttpStatusCode.ServiceUnavailable);
        var message = new ChannelMessage("n-2", "sunrise-liaison", "13800138000", "x", DateTimeOffset.UnixEpoch);

        var first = await plugin.Notification("sms").Send(message, CancellationToken.None);
        var second = await plugin.Notification("sms").Send(message, CancellationToken.None);

        Assert.Equal((ChannelResult.Retryable("gateway answered 503"), ChannelResult.Delivered), (first, second));
        Assert.Equal([HttpStatusCode.ServiceUnavailable, HttpStatusCode.OK], _gateway.Requests.Select(r => r.Answered));
    }

    [Fact]
    public void Notification_NoUrlConfigured_ChannelIsOff()
    {
        using var plugin = PluginUnderTest.LoadBuilt("Hotline.Plugins.SmsGateway");

        Assert.False(plugin.Notification("sms").IsConfigured);
        Assert.Throws<InvalidOperationException>(() => plugin.Notification("push"));
    }

    public void Dispose() => _gateway.Dispose();

    private static PluginUnderTest LoadSms(string url) => PluginUnderTest.LoadBuilt(
        "Hotline.Plugins.SmsGateway",
        new Dictionary<string, string?> { ["Hotline:Channels:SmsGateway:Url"] = url, ["Hotline:Channels:SmsGateway:ApiKey"] = "key-1" });
}
