using System.Collections.Immutable;
using Hotline.Notifications.Contracts;

namespace Hotline.Notifications.Inbox;

/// <summary>
/// What the retired inbox grain persisted (state name "inbox"): every item, in delivery order. Kept only so
/// <see cref="LegacyInboxMigration"/> can read stored states; the alias and ids are those the stored bytes carry.
/// </summary>
[GenerateSerializer]
[Alias("Hotline.Escalation.InboxState")]
public sealed record LegacyInboxState
{
    /// <summary>The retired grain's persistent state name: the statename of its rows in orleans_storage.</summary>
    public const string StateName = "inbox";

    [Id(0)]
    public ImmutableArray<InboxItem> Items { get; init; } = [];
}
