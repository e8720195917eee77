namespace Hotline.Tickets.Contracts;

/// <summary>Why the owner is written to; the same meanings as the plugins' OwnerMessageKind (this assembly sees only the kernel).</summary>
public enum OwnerNoticeKind
{
    /// <summary>Received: the ticket exists, here is its tracking number.</summary>
    Acknowledgement = 1,

    /// <summary>The answer: the confirmed plan, the resolution, a suggestion's decision, an invalid complaint's reason.</summary>
    Reply = 2,

    /// <summary>Anything else about the ticket (reopened).</summary>
    Notification = 3,
}
