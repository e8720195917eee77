namespace Hotline.Tickets.Contracts;

/// <summary>
/// Households' tickets from the ticket list (the query store), one set-based read, no grain activated: what the call
/// center sees of a caller before it registers anything.
/// </summary>
public interface ITicketDirectory
{
    /// <summary>
    /// For each household: its open tickets (<see cref="TicketSummary.IsOpen"/>, however old) and the others registered at
    /// or after <paramref name="since"/>, newest first, at most <paramref name="limit"/> per household.
    /// </summary>
    Task<IReadOnlyList<TicketSummary>> ForHouseholds(IReadOnlyList<HouseholdTickets> households, DateTimeOffset since, int limit, CancellationToken ct = default);

    /// <summary>One ticket's summary, or null when no ticket has that id.</summary>
    Task<TicketSummary?> Find(Guid id, CancellationToken ct = default);
}
