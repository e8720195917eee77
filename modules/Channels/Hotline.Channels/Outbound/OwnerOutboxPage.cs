namespace Hotline.Channels.Outbound;

/// <summary>A page of the owner outbox, newest first; pass <see cref="Next"/> as <c>before</c> for the next page (null: the last page).</summary>
public sealed record OwnerOutboxPage(IReadOnlyList<OwnerOutboxEntry> Items, string? Next);
