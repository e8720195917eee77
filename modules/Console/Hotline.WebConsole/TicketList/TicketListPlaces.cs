using Hotline.Kernel;
using Hotline.Organization.Contracts;
using Hotline.Security.Contracts;
using Hotline.Security.Contracts.Access;
using Hotline.Tickets.Contracts.Lists;
using Hotline.WebConsole.Dashboard;
using Hotline.WebConsole.Session;

namespace Hotline.WebConsole.TicketList;

/// <summary>
/// The projects and branches the tickets page offers as choices: those the person's roles could cover (the dashboard's
/// candidates), each kept only when the access rule of GET /api/tickets admits the list filtered by it, all asked in one batch.
/// </summary>
public sealed class TicketListPlaces(ConsoleSession session, IOrganizationPlaces organisation)
{
    /// <summary>(id, name) of the projects and of the branches this person may list, by name.</summary>
    public async Task<(IReadOnlyList<(string Id, string Name)> Projects, IReadOnlyList<(string Id, string Name)> Branches)> For(Caller caller)
    {
        var places = await organisation.Current();
        var candidates = DashboardScopes.Candidates(caller, places).Where(s => s.Id is not null).ToList();
        var answers = await session.AskAll([.. candidates.Select(s => new AccessQuestion(ApiEndpoints.TicketList, Query: new Dictionary<string, string>
        {
            [s.Kind == ScopeKind.Branch ? TicketListFilters.BranchId : TicketListFilters.ProjectId] = s.Id!,
        }))]);
        var allowed = candidates.Where((_, i) => answers[i].Allowed).ToList();
        IReadOnlyList<(string, string)> Of(ScopeKind kind) =>
            [.. allowed.Where(s => s.Kind == kind).Select(s => (s.Id!, DashboardScopes.NameOf(s, places))).OrderBy(p => p.Item2, StringComparer.Ordinal)];
        return (Of(ScopeKind.Project), Of(ScopeKind.Branch));
    }
}
