namespace Hotline.Tickets.Contracts.Intake;

/// <summary>An owner's tickets, read from the ticket list (no grain per row): every ticket of the given households.</summary>
public interface IOwnerTicketList
{
    /// <summary>Newest first, at most <paramref name="limit"/>.</summary>
    Task<IReadOnlyList<OwnerTicketRow>> ForHouseholds(IReadOnlyCollection<OwnerHouseholdKey> households, int limit, CancellationToken ct = default);

    /// <summary>The ticket's list row (its number, project and household), or null when no ticket has that id; activates no grain.</summary>
    Task<OwnerTicketRow?> Find(Guid ticketId, CancellationToken ct = default);
}
