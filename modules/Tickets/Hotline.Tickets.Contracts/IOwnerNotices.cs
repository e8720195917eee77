namespace Hotline.Tickets.Contracts;

/// <summary>
/// How the owner hears back: the ticket hands each event an owner cares about to this, and the Channels module records
/// it in the owner outbox and sends it through the channel the ticket came in by (or the fallback one). Idempotent per
/// (ticket, event): telling the same notice again records nothing new.
/// </summary>
public interface IOwnerNotices
{
    /// <summary>Records the notice (one row per ticket, event and channel) and wakes the dispatcher.</summary>
    Task Tell(OwnerNotice notice, CancellationToken cancellationToken = default);
}
