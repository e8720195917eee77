using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Hotline.Plugins.Abstractions;
using Microsoft.Extensions.Logging;

namespace Hotline.Plugins.ChatChannel;

/// <summary>
/// Posts <c>{"msgId","toOpenId","kind","content","ticketNumber","replyToMsgId"}</c> to <c>ApiUrl</c> with
/// <c>Authorization: Bearer {Token}</c> and the message id as <c>Idempotency-Key</c>. 2xx: delivered; timeouts,
/// connection failures, 408, 429 and 5xx: retryable; any other answer: permanent. Logs name the message id and the
/// status only: never the owner's account, the text or the token.
/// </summary>
internal sealed partial class ChatSender(ChatChannelOptions options, ILogger logger) : IDisposable
{
    // Web names (camelCase); Chinese text as UTF-8 rather than \uXXXX escapes.
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    private readonly HttpClient _http = new(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) }) { Timeout = options.Timeout };

    public async Task<ChannelResult> Send(OwnerMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (!options.CanSend)
        {
            return ChannelResult.Permanent("the chat API is not configured (Hotline:Channels:chat:ApiUrl and :Token)");
        }

        if (string.IsNullOrWhiteSpace(message.To.AccountId))
        {
            return ChannelResult.Permanent("the owner has no chat account");
        }

        using var request = new HttpRequestMessage(HttpMethod.Post, options.ApiUrl)
        {
            Content = JsonContent.Create(new ChatSendRequest(
                message.MessageId, message.To.AccountId, message.Kind.ToString().ToLowerInvariant(), message.Text, message.TicketNumber, message.InReplyTo), options: Json),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", options.Token);
        request.Headers.Add("Idempotency-Key", message.MessageId);
        try
        {
            using var response = await _http.SendAsync(request, cancellationToken);
            var status = (int)response.StatusCode;
            if (response.IsSuccessStatusCode)
            {
                Sent(logger, message.MessageId);
                return ChannelResult.Delivered;
            }

            Refused(logger, message.MessageId, status);
            return status >= 500 || response.StatusCode is HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests
                ? ChannelResult.Retryable($"chat API answered {status}")
                : ChannelResult.Permanent($"chat API refused the message ({status})");
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            Unreachable(logger, message.MessageId, e.GetType().Name);
            return ChannelResult.Retryable($"chat API not reached ({e.GetType().Name})");
        }
    }

    public void Dispose() => _http.Dispose();

    private sealed record ChatSendRequest(string MsgId, string ToOpenId, string Kind, string Content, string? TicketNumber, string? ReplyToMsgId);

    [LoggerMessage(EventId = 7201, Level = LogLevel.Information, Message = "Chat message {MessageId} accepted by the chat API")]
    private static partial void Sent(ILogger logger, string messageId);

    [LoggerMessage(EventId = 7202, Level = LogLevel.Warning, Message = "Chat message {MessageId}: the chat API answered {Status}")]
    private static partial void Refused(ILogger logger, string messageId, int status);

    [LoggerMessage(EventId = 7203, Level = LogLevel.Warning, Message = "Chat message {MessageId}: chat API not reached ({Error})")]
    private static partial void Unreachable(ILogger logger, string messageId, string error);
}
