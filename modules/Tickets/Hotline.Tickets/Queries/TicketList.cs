using Hotline.Kernel;
using Hotline.Tickets.Contracts.Lists;

namespace Hotline.Tickets.Queries;

/// <summary>GET /api/tickets for the console: the query names mapped onto <see cref="TicketSearchQuery"/>, then the endpoint's own code.</summary>
internal sealed class TicketList(ITicketQueryStore store) : ITicketList
{
    public async Task<TicketListAnswer> Search(IReadOnlyDictionary<string, string> filters, string personId, RoleAssignment? actingRole, CancellationToken ct = default)
    {
        var f = new Dictionary<string, string>(filters, StringComparer.OrdinalIgnoreCase);
        string? V(string name) => f.TryGetValue(name, out var value) && value.Length > 0 ? value : null;
        var query = new TicketSearchQuery(
            V("projectId"), V("branchId"), V("kind"), V("category"), V("severity"), V("status"), V("breached"), V("from"), V("to"),
            V("q"), V("page"), V("pageSize"), V("warningLevel"), V("assignee"), V("needsMyAction"), V("household"), V("department"),
            V("handler"), V("pool"));
        var (page, errors) = await TicketQueryEndpoints.Run(query, personId, actingRole, store, ct);
        return page is null
            ? TicketListAnswer.Invalid(errors)
            : new TicketListAnswer([.. page.Items.Select(Line)], page.Total, page.TotalCapped, page.Page, page.PageSize, errors);
    }

    private static TicketListLine Line(TicketListRow r) => new(
        r.Id, r.Number, r.ProjectId, r.Kind, r.Category, r.Severity, r.Status, r.Text, r.RegisteredAt, r.Breached, r.NextDueAt,
        r.WarningLevel, r.Assignee, r.OwnerContactMasked);
}
