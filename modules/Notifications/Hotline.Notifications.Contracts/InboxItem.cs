using Hotline.Kernel;

namespace Hotline.Notifications.Contracts;

/// <summary>
/// One notification in a person's inbox: about a warning, or (no warning) a ticket deadline about to pass. <see cref="Id"/> is derived from the warning and the event
/// (<see cref="InboxItemIds"/>), so delivering the same event twice leaves one item. The alias predates this module:
/// stored inbox states hold it, so it stays.
/// </summary>
[GenerateSerializer]
[Alias("Hotline.Escalation.InboxItem")]
public sealed record InboxItem(
    [property: Id(0)] string Id,
    [property: Id(1)] DateTimeOffset At,
    [property: Id(2)] Guid? WarningId,
    [property: Id(3)] WarningLevel? Level,
    [property: Id(4)] InboxItemKind Kind,
    [property: Id(5)] string Title,
    [property: Id(6)] Guid? TicketId)
{
    /// <summary>When the item went to an on-duty stand-in (<see cref="INotifier"/>): the person it was meant for.</summary>
    [Id(7)]
    public string? OnBehalfOf { get; init; }
}
