namespace Hotline.Channels.Outbound;

/// <summary>One owner message as operators see it (GET /api/channels/outbox): the address only masked, never whole.</summary>
public sealed record OwnerOutboxEntry(
    string MessageId,
    Guid TicketId,
    string TicketNumber,
    string EventKey,
    string Channel,
    string Kind,
    string? To,
    string Text,
    OwnerOutboxStatus Status,
    int Attempts,
    DateTimeOffset? NextAttemptAt,
    string? LastError,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    DateTimeOffset? DeliveredAt,
    DateTimeOffset? TicketRecordedAt);
