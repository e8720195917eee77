namespace Hotline.Escalation.Contracts;

/// <summary>
/// A further channel (SMS, app push, ...) told after an item landed in an inbox for the first time. The seam for
/// channel plugins (their eventual home is Hotline.Plugins.Abstractions); none is registered yet. Failures are logged, not retried.
/// </summary>
public interface INotificationSink
{
    Task Send(string personId, InboxItem item, CancellationToken cancellationToken);
}
