using Hotline.Plugins.Abstractions;

namespace Hotline.Plugins.SmsGateway;

/// <summary>
/// The general manager's SMS line (A2), intake channel <c>gm-sms</c>: the gateway posts each SMS an owner sends to
/// <c>/channels/gm-sms/messages</c> (<see cref="GmSmsMessageParser"/>); replies to owners go out through the same
/// gateway client as staff notifications.
/// </summary>
public sealed class GmSmsIntakeChannel(SmsGatewaySender sender) : IIntakeChannel
{
    public const string ChannelId = "gm-sms";
    public const string MessagesPath = "messages";

    /// <summary>An SMS is short; 16 KiB leaves room for a long concatenated one and the gateway's envelope.</summary>
    public const int MaxBodyBytes = 16 * 1024;

    public string Id => ChannelId;

    public IReadOnlyList<InboundEndpoint> Endpoints { get; } = [new(MessagesPath, MaxBodyBytes)];

    public InboundParse Parse(InboundRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return request.Path == MessagesPath
            ? GmSmsMessageParser.Parse(request.Body.Span)
            : InboundParse.Refuse("path", "the SMS line receives messages only");
    }

    public Task<ChannelResult> Send(OwnerMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        return sender.Post(message.MessageId, message.To.Phone, message.Text, "the owner has no phone number", cancellationToken);
    }
}
