using Hotline.Kernel;
using Hotline.Organization.Contracts;
using Hotline.Reporting.Contracts;
using Hotline.Security.Contracts;

namespace Hotline.WebConsole.Dashboard;

/// <summary>
/// The scopes a person's roles could cover, widest first: a company role every branch and project, a branch role its
/// branch and projects, a project role its project. Only candidates: the page offers those the overview's access rule admits.
/// </summary>
public static class DashboardScopes
{
    public static IReadOnlyList<ReportScope> Candidates(Caller caller, OrganizationPlaces places)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(places);
        var scopes = new List<ReportScope>();
        foreach (var role in caller.Roles)
        {
            switch (role.Scope)
            {
                case ScopeKind.Company:
                    scopes.Add(ReportScope.Company);
                    scopes.AddRange(places.Branches.Keys.Select(ReportScope.Branch));
                    scopes.AddRange(places.Projects.Keys.Select(ReportScope.Project));
                    break;
                case ScopeKind.Branch:
                    scopes.Add(ReportScope.Branch(role.ScopeId));
                    scopes.AddRange(places.Projects.Values.Where(p => p.BranchId == role.ScopeId).Select(p => ReportScope.Project(p.Id)));
                    break;
                default:
                    scopes.Add(ReportScope.Project(role.ScopeId));
                    break;
            }
        }

        return [.. scopes.Distinct().OrderBy(s => s.Kind).ThenBy(s => s.Id, StringComparer.Ordinal)];
    }

    /// <summary>The place's name as the organisation holds it (its id when unknown).</summary>
    public static string NameOf(ReportScope scope, OrganizationPlaces places) => scope.Kind switch
    {
        ScopeKind.Branch when places.Branches.TryGetValue(scope.Id!, out var b) => b.Name,
        ScopeKind.Project when places.Projects.TryGetValue(scope.Id!, out var p) => p.Name,
        _ => scope.Id ?? "",
    };
}
