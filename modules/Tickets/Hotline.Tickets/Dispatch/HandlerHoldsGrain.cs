using Hotline.Tickets.Queries;

namespace Hotline.Tickets.Dispatch;

/// <summary>
/// Counts the handler's open tickets in the list plus the places given in the last moments that the list does not
/// show yet (the ticket writes its row right after its state, within the same command). Nothing is stored: a place
/// is needed only for that one command, so a place the list never shows (the command failed) lapses after
/// <see cref="Lapse"/>, and a silo lost with its places loses nothing the list does not already hold.
/// </summary>
public sealed class HandlerHoldsGrain(ITicketQueryStore queries, TimeProvider time) : Grain, IHandlerHoldsGrain
{
    private static readonly TimeSpan Lapse = TimeSpan.FromMinutes(2);
    private readonly Dictionary<Guid, DateTimeOffset> _given = [];

    public async Task<int?> Reserve(Guid ticketId, int cap)
    {
        var held = (await queries.OpenHeldBy(this.GetPrimaryKeyString())).ToHashSet();
        var now = time.GetUtcNow();
        foreach (var (id, at) in _given.ToList())
        {
            if (held.Contains(id) || now - at > Lapse)
            {
                _given.Remove(id);
            }
        }

        if (held.Contains(ticketId) || _given.ContainsKey(ticketId))
        {
            return null;
        }

        var count = held.Count + _given.Count;
        if (count >= cap)
        {
            return count;
        }

        _given[ticketId] = now;
        return null;
    }
}
