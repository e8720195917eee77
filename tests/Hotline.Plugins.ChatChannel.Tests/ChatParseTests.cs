using Hotline.Plugins.Abstractions;
using Hotline.Plugins.TestKit;

namespace Hotline.Plugins.ChatChannel.Tests;

/// <summary>What the chat channel makes of the platform's pushes, fed through the kit as the host would.</summary>
public sealed class ChatParseTests : IDisposable
{
    private readonly PluginUnderTest _plugin = PluginUnderTest.LoadBuilt("Hotline.Plugins.ChatChannel");

    private IntakeChannelDriver Chat => _plugin.Intake("chat");

    [Fact]
    public void Parse_TextMessageWithPhone_OwnerMessage()
    {
        var parse = Chat.Parse("messages", """
            {"msgId":"wx-1001","openId":"oUpF8uMuAJO","content":" 3号楼电梯坏了 ","createTime":1764921600,"phone":"138 0013-8000"}
            """);

        var message = Assert.IsType<InboundMessage>(parse.Message);
        Assert.Equal("wx-1001", message.MessageId);
        Assert.Equal(new OwnerAddress("13800138000", "oUpF8uMuAJO"), message.Sender);
        Assert.Equal("3号楼电梯坏了", message.Text);
        // 1764921600 s after 1970-01-01 = 2025-12-05 08:00:00 UTC.
        Assert.Equal(new DateTimeOffset(2025, 12, 5, 8, 0, 0, TimeSpan.Zero), message.SentAt);
        Assert.Empty(message.Attachments);
        Assert.Null(message.InReplyTo);
    }

    [Fact]
    public void Parse_MessageWithImages_AttachmentsTypedByTheirBytes()
    {
        // "/9j/4A==" is FF D8 FF E0 (a JPEG's start); "iVBORw==" is 89 50 4E 47 (PNG).
        var parse = Chat.Parse("messages", """
            {"msgId":"wx-1002","openId":"o-2","content":"","createTime":0,"images":["/9j/4A==","iVBORw=="]}
            """);

        var message = Assert.IsType<InboundMessage>(parse.Message);
        Assert.Null(message.Sender.Phone);
        Assert.Equal(
            [("image-1.jpg", "image/jpeg", "FFD8FFE0"), ("image-2.png", "image/png", "89504E47")],
            message.Attachments.Select(a => (a.FileName, a.ContentType, Convert.ToHexString(a.Content.Span))));
    }

    [Theory]
    [InlineData("""{"event":"subscribe","openId":"o-3","createTime":1764921600}""")]
    [InlineData("""{"event":"CLICK","eventKey":"MENU_TRACK","openId":"o-3"}""")]
    public void Parse_EventPush_Ignored(string body)
    {
        var parse = Chat.Parse("messages", body);

        Assert.True(parse.Ignored);
        Assert.Null(parse.Message);
        Assert.Null(parse.Field);
    }

    [Theory]
    [InlineData("""{"openId":"o","content":"漏水","createTime":1}""", "msgId")]
    [InlineData("""{"msgId":" ","openId":"o","content":"漏水","createTime":1}""", "msgId")]
    [InlineData("""{"msgId":"m","content":"漏水","createTime":1}""", "openId")]
    [InlineData("""{"msgId":"m","openId":42,"content":"漏水","createTime":1}""", "openId")]
    [InlineData("""{"msgId":"m","openId":"o","createTime":1}""", "content")]
    [InlineData("""{"msgId":"m","openId":"o","content":"  ","createTime":1}""", "content")]
    [InlineData("""{"msgId":"m","openId":"o","content":"漏水"}""", "createTime")]
    [InlineData("""{"msgId":"m","openId":"o","content":"漏水","createTime":"yesterday"}""", "createTime")]
    [InlineData("""{"msgId":"m","openId":"o","content":"漏水","createTime":-5}""", "createTime")]
    [InlineData("""{"msgId":"m","openId":"o","content":"漏水","createTime":1,"phone":"call me"}""", "phone")]
    [InlineData("""{"msgId":"m","openId":"o","content":"漏水","createTime":1,"images":"/9j/4A=="}""", "images")]
    [InlineData("""{"msgId":"m","openId":"o","content":"漏水","createTime":1,"images":["/9j/4A==","not base64!"]}""", "images[1]")]
    public void Parse_MissingOrBadField_RefusedNamingIt(string body, string field)
    {
        var parse = Chat.Parse("messages", body);

        Assert.Null(parse.Message);
        Assert.False(parse.Ignored);
        Assert.Equal(field, parse.Field);
        Assert.False(string.IsNullOrWhiteSpace(parse.Detail));
    }

    [Theory]
    [InlineData("""{"msgId":"m","openId":""")]
    [InlineData("not json at all")]
    [InlineData("""["msgId","m"]""")]
    [InlineData("""{"msgId":"m","msgId":"n","openId":"o","content":"漏水","createTime":1}""")]
    public void Parse_BadJson_RefusedNamingTheBody(string body)
    {
        Assert.Equal("body", Chat.Parse("messages", body).Field);
    }

    [Fact]
    public void Channel_Contract_IdAndOneMessagesEndpointOfOneMebibyte()
    {
        var endpoint = Assert.Single(Chat.Channel.Endpoints);

        Assert.Equal(("chat", "messages", 1_048_576), (Chat.Channel.Id, endpoint.Path, endpoint.MaxBodyBytes));
    }

    public void Dispose() => _plugin.Dispose();
}
