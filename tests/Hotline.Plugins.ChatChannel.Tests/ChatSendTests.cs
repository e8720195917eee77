using System.Net;
using Hotline.Plugins.Abstractions;
using Hotline.Plugins.TestKit;

namespace Hotline.Plugins.ChatChannel.Tests;

/// <summary>The chat channel's Send against a fake chat API on a free loopback port (the kit's <see cref="FakeProviderServer"/>).</summary>
public sealed class ChatSendTests : IDisposable
{
    private const string Token = "tok-7f3a-secret";
    private readonly FakeProviderServer _api = new("/cgi/message/send");
    private readonly PluginUnderTest _plugin;

    public ChatSendTests()
    {
        _plugin = PluginUnderTest.LoadBuilt("Hotline.Plugins.ChatChannel", Settings(_api.Url));
    }

    [Fact]
    public async Task Send_ApiAccepts_DeliveredWithTheExactRequest()
    {
        var result = await _plugin.Intake("chat").Send(Reply("ack-000123-1"));

        Assert.Equal(ChannelResult.Delivered, result);
        var request = Assert.Single(_api.Requests);
        Assert.Equal(("POST", "/cgi/message/send/"), (request.Method, request.Path));
        Assert.Equal("Bearer " + Token, request.Header("Authorization"));
        Assert.Equal("ack-000123-1", request.Header("Idempotency-Key"));
        Assert.StartsWith("application/json", request.Header("Content-Type"), StringComparison.Ordinal);
        Assert.Equal(
            """{"msgId":"ack-000123-1","toOpenId":"oUpF8uMuAJO","kind":"acknowledgement","content":"您的投诉已受理，单号 000123","ticketNumber":"000123","replyToMsgId":"wx-1001"}""",
            request.Body);
    }

    [Theory]
    [InlineData(HttpStatusCode.InternalServerError, ChannelOutcome.FailedRetryable, "chat API answered 500")]
    [InlineData(HttpStatusCode.ServiceUnavailable, ChannelOutcome.FailedRetryable, "chat API answered 503")]
    [InlineData(HttpStatusCode.TooManyRequests, ChannelOutcome.FailedRetryable, "chat API answered 429")]
    [InlineData(HttpStatusCode.BadRequest, ChannelOutcome.FailedPermanent, "chat API refused the message (400)")]
    [InlineData(HttpStatusCode.Unauthorized, ChannelOutcome.FailedPermanent, "chat API refused the message (401)")]
    public async Task Send_ApiFails_OutcomeByStatus(HttpStatusCode status, ChannelOutcome outcome, string reason)
    {
        _api.AnswerNext(status, """{"errcode":1}""");

        var result = await _plugin.Intake("chat").Send(Reply("m-2"));

        Assert.Equal(new ChannelResult(outcome, reason), result);
        Assert.Single(_api.Requests);
    }

    [Fact]
    public async Task Send_ConnectionRefused_Retryable()
    {
        using var plugin = PluginUnderTest.LoadBuilt("Hotline.Plugins.ChatChannel", Settings(FakeProviderServer.RefusingUrl("/send")));

        var result = await plugin.Intake("chat").Send(Reply("m-3"));

        Assert.Equal(ChannelOutcome.FailedRetryable, result.Outcome);
        Assert.Equal("chat API not reached (HttpRequestException)", result.Reason);
    }

    [Fact]
    public async Task Send_OwnerWithoutChatAccount_PermanentWithoutARequest()
    {
        var result = await _plugin.Intake("chat").Send(Reply("m-4") with { To = new OwnerAddress("13800138000") });

        Assert.Equal(ChannelOutcome.FailedPermanent, result.Outcome);
        Assert.Empty(_api.Requests);
    }

    [Fact]
    public async Task Send_NoTokenConfigured_PermanentWithoutARequest()
    {
        using var plugin = PluginUnderTest.LoadBuilt(
            "Hotline.Plugins.ChatChannel", new Dictionary<string, string?> { ["Hotline:Channels:chat:ApiUrl"] = _api.Url });

        var result = await plugin.Intake("chat").Send(Reply("m-5"));

        Assert.Equal(ChannelOutcome.FailedPermanent, result.Outcome);
        Assert.Empty(_api.Requests);
    }

    [Fact]
    public async Task Log_SentAndRefused_NeverTheAccountTheTextOrTheToken()
    {
        _api.AnswerNext(HttpStatusCode.BadGateway);
        await _plugin.Intake("chat").Send(Reply("m-6"));
        await _plugin.Intake("chat").Send(Reply("m-6"));

        var lines = _plugin.Log.Lines.Where(line => line.Contains("m-6", StringComparison.Ordinal)).ToArray();
        Assert.Equal(["Warning: Chat message m-6: the chat API answered 502", "Information: Chat message m-6 accepted by the chat API"], lines);
        Assert.DoesNotContain(_plugin.Log.Lines, line => line.Contains("oUpF8uMuAJO", StringComparison.Ordinal)
            || line.Contains(Token, StringComparison.Ordinal) || line.Contains("000123，", StringComparison.Ordinal));
    }

    public void Dispose()
    {
        _plugin.Dispose();
        _api.Dispose();
    }

    private static Dictionary<string, string?> Settings(string apiUrl) => new()
    {
        ["Hotline:Channels:chat:ApiUrl"] = apiUrl,
        ["Hotline:Channels:chat:Token"] = Token,
        ["Hotline:Channels:chat:TimeoutSeconds"] = "5",
    };

    private static OwnerMessage Reply(string id) =>
        new(id, OwnerMessageKind.Acknowledgement, new OwnerAddress("13800138000", "oUpF8uMuAJO"), "您的投诉已受理，单号 000123", "000123", DateTimeOffset.UnixEpoch)
        {
            InReplyTo = "wx-1001",
        };
}
