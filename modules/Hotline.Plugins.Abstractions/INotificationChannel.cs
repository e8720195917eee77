namespace Hotline.Plugins.Abstractions;

/// <summary>
/// A notification channel beyond the in-app inbox (SMS, app push, ...), contributed by a channel plugin and
/// registered by its <see cref="IHotlinePlugin.ConfigureServices"/>. The host records every message before it
/// is sent and retries failed-retryable ones, so a channel sends one message per call and keeps no queue.
/// Implementations must be thread-safe.
/// </summary>
public interface INotificationChannel
{
    /// <summary>Stable lower-case name recorded with every delivery, e.g. <c>sms</c>.</summary>
    string Name { get; }

    /// <summary>False when the channel lacks its configuration: the host then records and sends nothing for it.</summary>
    bool IsConfigured { get; }

    /// <summary>
    /// Sends one message to one person. <see cref="ChannelMessage.MessageId"/> is the same on every retry of
    /// the same delivery: pass it on as the idempotency key where the provider accepts one.
    /// </summary>
    Task<ChannelResult> Send(ChannelMessage message, CancellationToken cancellationToken);
}
