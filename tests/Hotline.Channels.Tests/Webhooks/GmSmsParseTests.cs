using System.Text;
using Hotline.Channels.Tests.Support;
using Hotline.Plugins.Abstractions;
using Microsoft.Extensions.DependencyInjection;

namespace Hotline.Channels.Tests.Webhooks;

/// <summary>The real SMS plugin's intake channel gm-sms, as the host loaded it from artifacts/plugins: the gateway's JSON read field by field.</summary>
[Collection(ChannelsCollection.Name)]
public sealed class GmSmsParseTests(ChannelsFixture fixture)
{
    private IIntakeChannel Channel => Assert.Single(fixture.Host.App.Services.GetServices<IIntakeChannel>(), c => c.Id == "gm-sms");

    [Fact]
    public void A2_Message_ReadWithSenderTextTimeAndReply()
    {
        var parsed = Parse("""{"messageId":"gw-9","from":"+86 138-0013-8000","text":" 电梯坏了 ","sentAt":"2026-12-05T09:30:00+08:00","inReplyTo":"000123"}""");

        var message = Assert.IsType<InboundMessage>(parsed.Message);
        Assert.Equal(("gw-9", "+86 138-0013-8000", "电梯坏了", "000123"), (message.MessageId, message.Sender.Phone, message.Text, message.InReplyTo));
        Assert.Equal(new DateTimeOffset(2026, 12, 5, 1, 30, 0, TimeSpan.Zero), message.SentAt);
        Assert.Equal(new InboundEndpoint("messages", 16 * 1024), Assert.Single(Channel.Endpoints));
    }

    [Theory]
    [InlineData("""{"from":"13800138000","text":"x","sentAt":"2026-12-05T09:30:00+08:00"}""", "messageId")]
    [InlineData("""{"messageId":"1","from":"call me","text":"x","sentAt":"2026-12-05T09:30:00+08:00"}""", "from")]
    [InlineData("""{"messageId":"1","from":"13800138000","text":"  ","sentAt":"2026-12-05T09:30:00+08:00"}""", "text")]
    [InlineData("""{"messageId":"1","from":"13800138000","text":"x","sentAt":"yesterday"}""", "sentAt")]
    [InlineData("""{"messageId":"1","from":"13800138000","text":"x","sentAt":"2026-12-05T09:30:00+08:00","inReplyTo":7}""", "inReplyTo")]
    [InlineData("""{"type":"status"}""", "type")]
    [InlineData("""[1,2]""", "body")]
    [InlineData("""not json""", "body")]
    public void A2_MissingOrBadField_IsRefusedNamingIt(string body, string field)
    {
        var parsed = Parse(body);

        Assert.Null(parsed.Message);
        Assert.Equal(field, parsed.Field);
        Assert.DoesNotContain("13800138000", parsed.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void A2_DeliveryReceipt_IsIgnored() => Assert.True(Parse("""{"type":"receipt","messageId":"out-1"}""").Ignored);

    private InboundParse Parse(string body) =>
        Channel.Parse(new InboundRequest("messages", "application/json", Encoding.UTF8.GetBytes(body), new Dictionary<string, string>(), DateTimeOffset.UnixEpoch));
}
