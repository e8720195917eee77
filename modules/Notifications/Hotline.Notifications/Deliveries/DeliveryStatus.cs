namespace Hotline.Notifications.Deliveries;

/// <summary>Where one channel delivery stands; stored in lower case (notification_deliveries.status).</summary>
public enum DeliveryStatus
{
    /// <summary>Recorded, or failed retryably: waits for its next attempt.</summary>
    Pending = 1,

    /// <summary>Claimed by a silo that is sending it now.</summary>
    Sending = 2,

    Delivered = 3,

    /// <summary>Given up: a permanent failure, or the last allowed attempt failed.</summary>
    Failed = 4,
}
