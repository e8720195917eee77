namespace Hotline.Tickets.Queries;

/// <summary>
/// One page of a ticket list, newest first, and how many tickets match in all, counted up to
/// <see cref="TicketSearch.CountCap"/>: past it <see cref="Total"/> is the cap and <see cref="TotalCapped"/> is true.
/// </summary>
public sealed record TicketPage(IReadOnlyList<TicketListRow> Items, int Total, int Page, int PageSize)
{
    /// <summary>More tickets match than <see cref="Total"/> says ("1000+").</summary>
    public bool TotalCapped { get; init; }
}
