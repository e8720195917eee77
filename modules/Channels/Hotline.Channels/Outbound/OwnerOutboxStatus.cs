namespace Hotline.Channels.Outbound;

/// <summary>Where one owner message stands; stored in lower case (owner_outbox.status).</summary>
public enum OwnerOutboxStatus
{
    /// <summary>Recorded, or failed retryably: waits for its next attempt.</summary>
    Pending = 1,

    /// <summary>Claimed by a silo that is sending it now.</summary>
    Sending = 2,

    Delivered = 3,

    /// <summary>Given up: a permanent failure, the last allowed attempt failed, or its channel is not installed.</summary>
    Failed = 4,

    /// <summary>The ticket has no way to reach the owner (no phone, no account): nothing is sent, and that is recorded.</summary>
    Unaddressed = 5,
}
