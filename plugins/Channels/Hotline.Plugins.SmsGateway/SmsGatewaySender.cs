using System.Net;
using System.Net.Http.Json;
using Hotline.Plugins.Abstractions;
using Hotline.Plugins.Kit;
using Microsoft.Extensions.Logging;

namespace Hotline.Plugins.SmsGateway;

/// <summary>
/// The one HTTP client of the gateway, shared by the staff channel <c>sms</c> and the owners' line <c>gm-sms</c>: posts
/// <c>{"messageId","to","text"}</c> with the API key in <c>X-Api-Key</c> and the message id in <c>Idempotency-Key</c>.
/// 2xx: delivered; timeouts, connection failures, 408, 429 and 5xx: retryable; other answers: permanent.
/// Logs show the phone masked and never the key or the text.
/// </summary>
public sealed partial class SmsGatewaySender(SmsGatewayOptions options, ILogger logger) : IDisposable
{
    private readonly HttpClient _http = new(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) }) { Timeout = options.Timeout };

    public bool IsConfigured => options.IsConfigured;

    public async Task<ChannelResult> Post(string messageId, string? phone, string text, string noPhone, CancellationToken cancellationToken)
    {
        if (options.Url is not { } url)
        {
            return ChannelResult.Permanent("the SMS gateway is not configured");
        }

        if (string.IsNullOrWhiteSpace(phone))
        {
            return ChannelResult.Permanent(noPhone);
        }

        var masked = PersonalDataMask.Phone(phone) ?? "(none)";
        using var request = new HttpRequestMessage(HttpMethod.Post, url)
        {
            Content = JsonContent.Create(new SmsRequest(messageId, phone.Trim(), text)),
        };
        request.Headers.Add("Idempotency-Key", messageId);
        if (options.ApiKey is { } key)
        {
            request.Headers.Add("X-Api-Key", key);
        }

        try
        {
            using var response = await _http.SendAsync(request, cancellationToken);
            var status = (int)response.StatusCode;
            if (response.IsSuccessStatusCode)
            {
                Sent(logger, messageId, masked);
                return ChannelResult.Delivered;
            }

            var retryable = status >= 500 || response.StatusCode is HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests;
            Refused(logger, messageId, masked, status);
            return retryable ? ChannelResult.Retryable($"gateway answered {status}") : ChannelResult.Permanent($"gateway refused the message ({status})");
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            Unreachable(logger, messageId, masked, e.GetType().Name);
            return ChannelResult.Retryable($"gateway not reached ({e.GetType().Name})");
        }
    }

    public void Dispose() => _http.Dispose();

    private sealed record SmsRequest(string MessageId, string To, string Text);

    [LoggerMessage(EventId = 7101, Level = LogLevel.Information, Message = "SMS {MessageId} to {Phone} accepted by the gateway")]
    private static partial void Sent(ILogger logger, string messageId, string phone);

    [LoggerMessage(EventId = 7102, Level = LogLevel.Warning, Message = "SMS {MessageId} to {Phone}: the gateway answered {Status}")]
    private static partial void Refused(ILogger logger, string messageId, string phone, int status);

    [LoggerMessage(EventId = 7103, Level = LogLevel.Warning, Message = "SMS {MessageId} to {Phone}: gateway not reached ({Error})")]
    private static partial void Unreachable(ILogger logger, string messageId, string phone, string error);
}
