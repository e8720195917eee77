namespace Hotline.Channels.Contracts;

/// <summary>
/// The portal's own messages: what owners who chose the portal were told (each also in the owner outbox, delivered).
/// A reader sees only their households' messages (<see cref="PortalReader"/>).
/// </summary>
public interface IPortalMessages
{
    /// <summary>Newest first, at most <paramref name="limit"/>, after the cursor <paramref name="before"/> (a page's Next); a bad cursor reads the first page.</summary>
    Task<PortalMessagePage> List(PortalReader reader, string? before, int limit, CancellationToken ct = default);

    /// <summary>How many of the reader's messages nobody has seen yet.</summary>
    Task<int> Unread(PortalReader reader, CancellationToken ct = default);

    /// <summary>Marks the reader's messages among <paramref name="messageIds"/> read (seen); others' are left alone.</summary>
    Task MarkRead(PortalReader reader, IReadOnlyCollection<string> messageIds, CancellationToken ct = default);
}
