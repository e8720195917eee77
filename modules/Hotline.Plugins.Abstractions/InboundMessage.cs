namespace Hotline.Plugins.Abstractions;

/// <summary>
/// An owner's message as a channel understood it: who sent it, what it says, what came with it, and the channel's own
/// id for it. <see cref="MessageId"/> makes intake idempotent: a provider that delivers the same message twice
/// creates one ticket.
/// </summary>
/// <param name="MessageId">The provider's id of this message, unique within the channel.</param>
/// <param name="Sender">Who sent it, as the channel knows them.</param>
/// <param name="Text">What the owner wrote.</param>
/// <param name="SentAt">When the owner sent it, as the provider says (the host keeps its own receipt time too).</param>
public sealed record InboundMessage(string MessageId, OwnerAddress Sender, string Text, DateTimeOffset SentAt)
{
    /// <summary>Pictures or files sent with the message.</summary>
    public IReadOnlyList<InboundAttachment> Attachments { get; init; } = [];

    /// <summary>
    /// When the provider links this message to an earlier one in a thread: the <see cref="OwnerMessage.MessageId"/>
    /// of Hotline's message it answers, or the ticket number the owner quoted. Null for a new message.
    /// </summary>
    public string? InReplyTo { get; init; }
}
