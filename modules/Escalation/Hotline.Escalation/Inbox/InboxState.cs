using System.Collections.Immutable;
using Hotline.Escalation.Contracts;

namespace Hotline.Escalation.Inbox;

/// <summary>What an inbox grain persists: its items in delivery order.</summary>
[GenerateSerializer]
[Alias("Hotline.Escalation.InboxState")]
public sealed record InboxState
{
    [Id(0)]
    public ImmutableArray<InboxItem> Items { get; init; } = [];
}
