namespace Hotline.Notifications.Contracts;

/// <summary>
/// The one way to notify people (A9 product decision). A person off duty at the item's time is replaced by the on-duty
/// people sharing one of their role assignments, else by the 24-hour customer-service line (Hotline:Notifications:FallbackPersonId).
/// Delivers to inboxes (one row per person and item), then to every configured channel plugin (Hotline.Plugins.Abstractions' INotificationChannel). Idempotent: item ids are deterministic per person.
/// </summary>
public interface INotifier
{
    Task Notify(IReadOnlyCollection<string> personIds, InboxItem item);
}
