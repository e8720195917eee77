namespace Hotline.Plugins.Abstractions;

/// <summary>One message from Hotline to one owner on one intake channel.</summary>
/// <param name="MessageId">Stable per (ticket, event, channel): the idempotency key, the same on every retry.</param>
/// <param name="Kind">Why it is sent.</param>
/// <param name="To">The owner, as the channel reaches them.</param>
/// <param name="Text">The message, in the owner's language (Chinese by default).</param>
/// <param name="TicketNumber">The ticket's tracking number (<c>000123</c>) the message is about, or null.</param>
/// <param name="At">When the event it tells of happened.</param>
public sealed record OwnerMessage(
    string MessageId,
    OwnerMessageKind Kind,
    OwnerAddress To,
    string Text,
    string? TicketNumber,
    DateTimeOffset At)
{
    /// <summary>The inbound message this one answers (its <see cref="InboundMessage.MessageId"/>), for channels that thread replies.</summary>
    public string? InReplyTo { get; init; }
}
