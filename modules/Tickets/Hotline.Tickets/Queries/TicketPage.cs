namespace Hotline.Tickets.Queries;

/// <summary>One page of a ticket list, newest first, and how many tickets match in all.</summary>
public sealed record TicketPage(IReadOnlyList<TicketListRow> Items, int Total, int Page, int PageSize);
