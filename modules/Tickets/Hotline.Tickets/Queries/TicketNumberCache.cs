using Microsoft.Extensions.Caching.Memory;

namespace Hotline.Tickets.Queries;

/// <summary>
/// Ticket numbers this process has seen. A number never changes once the list row is first written, so a remembered
/// one is never stale; a registration then needs no second query for the number its response header and its owner
/// notice carry. Bounded: the least recently used go first once <see cref="Capacity"/> is reached.
/// </summary>
internal sealed class TicketNumberCache
{
    public const int Capacity = 50_000;

    private readonly MemoryCache _numbers = new(new MemoryCacheOptions { SizeLimit = Capacity, CompactionPercentage = 0.25 });

    public bool TryGet(Guid id, out long number) => _numbers.TryGetValue(id, out number);

    /// <summary>Adds the number unless it is known already (every later write of a ticket returns the same one).</summary>
    public void Remember(Guid id, long number)
    {
        if (!_numbers.TryGetValue(id, out _))
        {
            _numbers.Set(id, number, new MemoryCacheEntryOptions { Size = 1 });
        }
    }
}
