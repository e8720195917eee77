using Hotline.Escalation.Contracts;
using Hotline.Kernel;

namespace Hotline.Escalation.Lists;

/// <summary>
/// The warning list's one read: the caller's scope, the query's checks, then the list table. GET /api/warnings returns
/// its rows; the console's board (<see cref="IWarningList"/>) shows the open ones as their grains hold them now.
/// </summary>
public sealed class WarningList(IWarningListStore store, IGrainFactory grains) : IWarningList
{
    private static readonly WarningStatus[] OpenStatuses = [WarningStatus.Raised, WarningStatus.Verified, WarningStatus.Answered];

    public async Task<(WarningPage? Page, Dictionary<string, string[]> Errors)> Find(WarningListQuery query, RoleAssignment? actingRole, bool openOnly, CancellationToken ct = default)
    {
        var (search, errors) = WarningListQueryParser.Parse(WithinScope(query, actingRole));
        return search is null ? (null, errors) : (await store.Search(search with { OpenOnly = openOnly && search.Status is null }, ct), errors);
    }

    public async Task<WarningBoardAnswer> Open(IReadOnlyDictionary<string, string> filters, RoleAssignment? actingRole, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(filters);
        string? Value(string name) => filters.TryGetValue(name, out var value) ? value : null;
        var query = new WarningListQuery(Value("status"), Value("level"), Value("projectId"), Value("branchId"), Value("from"), Value("to"), Value("after"), Value("limit"));
        var (page, errors) = await Find(query, actingRole, openOnly: true, ct);
        if (page is null)
        {
            return WarningBoardAnswer.Invalid(errors);
        }

        // The row follows the grain after each change (then the page is told): the grain is what holds now.
        var views = await Task.WhenAll(page.Items.Select(row => grains.GetGrain<IWarningGrain>(row.Id).Get()));
        var wanted = Value("status") is { Length: > 0 } ? views.OfType<WarningView>() : views.OfType<WarningView>().Where(w => OpenStatuses.Contains(w.Status));
        return new WarningBoardAnswer([.. wanted], page.Next, errors);
    }

    /// <summary>Like the ticket list: unfiltered, a project role sees its project and a branch role its branch (the access policy checks any filter given).</summary>
    private static WarningListQuery WithinScope(WarningListQuery query, RoleAssignment? role) =>
        (query.ProjectId, query.BranchId, role) switch
        {
            (null or "", null or "", { Scope: ScopeKind.Project }) => query with { ProjectId = role.ScopeId },
            (null or "", null or "", { Scope: ScopeKind.Branch }) => query with { BranchId = role.ScopeId },
            _ => query,
        };
}
