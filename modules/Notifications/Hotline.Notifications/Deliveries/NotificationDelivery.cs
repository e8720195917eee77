namespace Hotline.Notifications.Deliveries;

/// <summary>One channel delivery as operators see it (GET /api/notifications/deliveries). Holds no phone number.</summary>
public sealed record NotificationDelivery(
    Guid DeliveryId,
    string EventId,
    string PersonId,
    string Channel,
    DeliveryStatus Status,
    int Attempts,
    DateTimeOffset? NextAttemptAt,
    string? LastError,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    DateTimeOffset? DeliveredAt);
