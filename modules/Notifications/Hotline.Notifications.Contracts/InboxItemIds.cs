namespace Hotline.Notifications.Contracts;

/// <summary>Inbox item ids: one per warning and event, within one person's inbox.</summary>
public static class InboxItemIds
{
    public static string For(Guid warningId, InboxItemKind kind) => $"{warningId:N}/{kind}";
}
