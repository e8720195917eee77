namespace Hotline.Notifications.Deliveries;

/// <summary>A delivery a sweep claimed for one attempt (<see cref="Attempt"/> counts this one).</summary>
internal sealed record ClaimedDelivery(Guid DeliveryId, string EventId, string PersonId, string Channel, string Text, int Attempt, DateTimeOffset CreatedAt);
