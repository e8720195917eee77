using Hotline.Kernel;
using Hotline.Tickets.Contracts.Lists;
using F = Hotline.Tickets.Contracts.Lists.TicketListFilters;

namespace Hotline.Tickets.Queries;

/// <summary>GET /api/tickets for the console: the query names mapped onto <see cref="TicketSearchQuery"/>, then the endpoint's own code.</summary>
internal sealed class TicketList(ITicketQueryStore store) : ITicketList
{
    public async Task<TicketListAnswer> Search(IReadOnlyDictionary<string, string> filters, string personId, RoleAssignment? actingRole, CancellationToken ct = default)
    {
        var f = new Dictionary<string, string>(filters, StringComparer.OrdinalIgnoreCase);
        string? V(string name) => f.TryGetValue(name, out var value) && value.Length > 0 ? value : null;
        // Every filter of the API by its one name (TicketListFilters; a test holds it equal to the endpoint's parameters).
        var query = new TicketSearchQuery(
            V(F.ProjectId), V(F.BranchId), V(F.Kind), V(F.Category), V(F.Severity), V(F.Status), V(F.Breached), V(F.From), V(F.To),
            V(F.Q), V(F.Page), V(F.PageSize), V(F.WarningLevel), V(F.Assignee), V(F.NeedsMyAction), V(F.Household), V(F.Department),
            V(F.Handler), V(F.Pool));
        var (page, errors) = await TicketQueryEndpoints.Run(query, personId, actingRole, store, ct);
        return page is null
            ? TicketListAnswer.Invalid(errors)
            : new TicketListAnswer([.. page.Items.Select(Line)], page.Total, page.TotalCapped, page.Page, page.PageSize, errors);
    }

    private static TicketListLine Line(TicketListRow r) => new(
        r.Id, r.Number, r.ProjectId, r.Kind, r.Category, r.Severity, r.Status, r.Text, r.RegisteredAt, r.Breached, r.NextDueAt,
        r.WarningLevel, r.Assignee, r.OwnerContactMasked);
}
