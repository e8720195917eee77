using System.Buffers.Binary;
using Orleans.Runtime;

namespace Hotline.Tickets.WarmUp;

/// <summary>
/// The part of the due tickets one silo warms up: silo <see cref="Index"/> of the <see cref="Silos"/> active ones, in
/// Orleans' silo-address order (generation, then port, then IP address), takes the tickets whose id falls to it. Each ticket is warmed by one silo of a cluster instead of
/// by every silo (a duplicate costs a grain call, most of them across silos). Views of the membership may differ for a
/// moment: then a ticket is warmed twice or not at all, and its own tick activates it as it would without the warm-up.
/// </summary>
public sealed record WarmUpShare(int Index, int Silos)
{
    /// <summary>The whole list: a silo alone, or one that does not find itself among the active silos yet.</summary>
    public static readonly WarmUpShare All = new(0, 1);

    /// <summary>Whether this share warms the ticket: its id's first eight bytes, as a number, modulo the silo count.</summary>
    public bool Contains(Guid ticketId)
    {
        Span<byte> bytes = stackalloc byte[16];
        ticketId.TryWriteBytes(bytes);
        return (int)(BinaryPrimitives.ReadUInt64LittleEndian(bytes) % (ulong)Silos) == Index;
    }

    /// <summary>This silo's share of the cluster as <paramref name="snapshot"/> sees it.</summary>
    public static WarmUpShare Of(ClusterMembershipSnapshot snapshot, SiloAddress self)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var active = snapshot.Members.Values.Where(m => m.Status == SiloStatus.Active).Select(m => m.SiloAddress).Order().ToList();
        var index = active.IndexOf(self);
        return index < 0 ? All : new WarmUpShare(index, active.Count);
    }
}
