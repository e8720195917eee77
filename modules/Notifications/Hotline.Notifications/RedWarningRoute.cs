using Hotline.Kernel;
using Hotline.Notifications.Contracts;

namespace Hotline.Notifications;

/// <summary>
/// A8.1.4: a major complaint is reported to the vice-president in charge at once. A red warning's verification
/// request is the moment the platform knows of it, so the notifier adds an item for information, one per warning.
/// </summary>
internal static class RedWarningRoute
{
    private const string Prefix = "【紅色預警 · 報分管領導】";

    /// <summary>The item the vice-president gets alongside <paramref name="item"/>, or null when it is not a raised red warning.</summary>
    public static InboxItem? ForVicePresident(InboxItem item)
    {
        if (item is not { Kind: InboxItemKind.VerifyRequest, Level: WarningLevel.Red, WarningId: { } warningId, OnBehalfOf: null })
        {
            return null;
        }

        // The verifier's headline starts with what they must do ("【請核實】"): the vice-president is only told.
        var close = item.Title.StartsWith('【') ? item.Title.IndexOf('】', StringComparison.Ordinal) : -1;
        var about = close >= 0 ? item.Title[(close + 1)..] : item.Title;
        return new InboxItem(InboxItemIds.For(warningId, InboxItemKind.RedWarningRaised), item.At, warningId, WarningLevel.Red,
            InboxItemKind.RedWarningRaised, Prefix + about, item.TicketId);
    }
}
