namespace Hotline.Tickets.Contracts;

/// <summary>
/// One event of a ticket the owner is told of (<see cref="IOwnerNotices"/>). In-process only (the ticket grain calls the
/// module's service on its own silo), so no serializer. Holds personal data: its text form hides it.
/// </summary>
/// <param name="TicketId">The ticket.</param>
/// <param name="TicketNumber">Its tracking number, <c>000123</c>.</param>
/// <param name="TicketChannel">The door it came in by (<c>call-center</c>, <c>gm-sms</c>, <c>web</c>, a plugin's id).</param>
/// <param name="EventKey">The event within the ticket (e.g. <c>received</c>, <c>resolved-…</c>): with the ticket, the message's identity.</param>
/// <param name="Kind">Why it is sent.</param>
/// <param name="Text">The message, in Chinese.</param>
/// <param name="At">When the event happened.</param>
public sealed record OwnerNotice(
    Guid TicketId,
    string TicketNumber,
    string TicketChannel,
    string EventKey,
    OwnerNoticeKind Kind,
    string Text,
    DateTimeOffset At)
{
    /// <summary>The owner's phone number as registered, or null.</summary>
    public string? Phone { get; init; }

    /// <summary>The owner's id on the ticket's channel (chat open id, e-mail), or null (set once the inbound side keeps it).</summary>
    public string? AccountId { get; init; }

    /// <summary>The name the owner gave, or null.</summary>
    public string? Name { get; init; }

    /// <summary>Whether the ticket has any way to reach the owner.</summary>
    public bool HasAddress => !string.IsNullOrWhiteSpace(Phone) || !string.IsNullOrWhiteSpace(AccountId);

    /// <summary>Never the personal data: whatever formats this record (a log line, an exception) sees no phone or name.</summary>
    public override string ToString() => $"{nameof(OwnerNotice)} {{ {TicketId:N}/{EventKey} on {TicketChannel}, personal data hidden }}";
}
