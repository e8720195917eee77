namespace Hotline.Tickets.Contracts.Lists;

/// <summary>One page of the ticket list, or the filters at fault (by query name) as the API's 400 names them.</summary>
public sealed record TicketListAnswer(IReadOnlyList<TicketListLine> Items, int Total, bool TotalCapped, int Page, int PageSize, IReadOnlyDictionary<string, string[]> Errors)
{
    public static TicketListAnswer Invalid(IReadOnlyDictionary<string, string[]> errors) => new([], 0, false, 1, 0, errors);
}
