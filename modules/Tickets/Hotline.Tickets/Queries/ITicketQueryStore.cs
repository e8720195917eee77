namespace Hotline.Tickets.Queries;

/// <summary>
/// The ticket list, kept for lists and filters. The ticket grain stays the source of truth and writes
/// its row after each state change; writes are ordered by the ticket's version, never by arrival.
/// </summary>
public interface ITicketQueryStore
{
    /// <summary>Inserts the row, or replaces the stored one only when <paramref name="row"/> has a greater version.</summary>
    Task Upsert(TicketListRow row, CancellationToken ct = default);

    /// <summary>
    /// Like <see cref="Upsert"/>, but also rewrites a stored row of the same version: for rebuilds after
    /// the projection changed. A newer stored row is still never overwritten.
    /// </summary>
    Task Refresh(TicketListRow row, CancellationToken ct = default);

    Task<TicketPage> Search(TicketSearch search, CancellationToken ct = default);

    /// <summary>How many open tickets each of <paramref name="handlers"/> holds (a handler holding none is absent).</summary>
    Task<IReadOnlyDictionary<string, int>> OpenPerHandler(IReadOnlyCollection<string> handlers, CancellationToken ct = default);

    /// <summary>The open tickets <paramref name="handler"/> holds, by id.</summary>
    Task<IReadOnlyCollection<Guid>> OpenHeldBy(string handler, CancellationToken ct = default);

    /// <summary>The id of the ticket with this short number (<see cref="TicketNumber"/>), or null.</summary>
    Task<Guid?> FindByNumber(long number, CancellationToken ct = default);

    /// <summary>The short number of the ticket, or null while its row is not written yet.</summary>
    Task<string?> NumberOf(Guid id, CancellationToken ct = default);
}
