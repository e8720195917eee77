namespace Hotline.Channels.Contracts;

/// <summary>One message the owner was told in the portal (in-process only, no serializer).</summary>
/// <param name="MessageId">The owner outbox's id of the message.</param>
/// <param name="TicketId">The ticket it is about.</param>
/// <param name="TicketNumber">Its tracking number.</param>
/// <param name="Text">The message, in Chinese.</param>
/// <param name="At">When it was recorded.</param>
/// <param name="ReadAt">When an owner of the household first saw it in the portal, or null (unread).</param>
public sealed record PortalMessage(string MessageId, Guid TicketId, string TicketNumber, string Text, DateTimeOffset At, DateTimeOffset? ReadAt);
