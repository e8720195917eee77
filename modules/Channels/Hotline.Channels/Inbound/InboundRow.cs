namespace Hotline.Channels.Inbound;

/// <summary>One stored webhook request (a row of <c>inbound_messages</c>); <see cref="Body"/> is empty when read for a list.</summary>
public sealed record InboundRow(
    Guid Id,
    string Channel,
    string Path,
    DateTimeOffset ReceivedAt,
    string? ContentType,
    IReadOnlyDictionary<string, string> Headers,
    byte[] Body,
    string Status,
    int Attempts,
    DateTimeOffset? NextAttemptAt,
    string? LastError,
    string? MessageId,
    Guid? TicketId,
    string? TicketNumber,
    Guid? DuplicateOf);
