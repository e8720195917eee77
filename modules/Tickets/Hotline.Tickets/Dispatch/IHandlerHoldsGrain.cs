namespace Hotline.Tickets.Dispatch;

/// <summary>
/// The handler cap's lock (A9.2.1, issue 11), keyed by the handler's person id: one activation in the cluster, so
/// tickets given to one handler at the same instant by different people are counted one after the other.
/// </summary>
[Alias("Hotline.Tickets.IHandlerHoldsGrain")]
public interface IHandlerHoldsGrain : IGrainWithStringKey
{
    /// <summary>
    /// Holds a place under <paramref name="cap"/> for <paramref name="ticketId"/>: null when given (or the handler holds
    /// it already), else how many open tickets the handler holds.
    /// </summary>
    [Alias("Reserve")]
    Task<int?> Reserve(Guid ticketId, int cap);
}
