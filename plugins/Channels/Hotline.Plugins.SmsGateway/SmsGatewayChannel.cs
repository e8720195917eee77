using Hotline.Plugins.Abstractions;

namespace Hotline.Plugins.SmsGateway;

/// <summary>
/// The staff notification channel <c>sms</c>: each notification goes to the person's phone through the gateway
/// (<see cref="SmsGatewaySender"/>, shared with the owners' line <c>gm-sms</c>).
/// </summary>
public sealed class SmsGatewayChannel(SmsGatewaySender sender) : INotificationChannel
{
    public const string ChannelName = "sms";

    public string Name => ChannelName;

    public bool IsConfigured => sender.IsConfigured;

    public Task<ChannelResult> Send(ChannelMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        return sender.Post(message.MessageId, message.Phone, message.Text, "the person has no phone number", cancellationToken);
    }
}
