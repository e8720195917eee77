using Hotline.Kernel;

namespace Hotline.Reporting.Bulletins;

/// <summary>
/// What of a bulletin a member of staff sees. Every one sees the company's totals. A company role sees every branch
/// with its rank and every project. Otherwise a branch role sees its branch (figures and rank) and that branch's
/// projects; a project role its project and its project's branch (figures and rank). Other branches' figures and
/// ranks stay hidden: each branch sees its own rank (A10.1.3.5), not a league table of the others.
/// </summary>
public static class BulletinAudience
{
    public static bool SeesEverything(IReadOnlyCollection<RoleAssignment> roles) => roles.Any(r => r.Scope == ScopeKind.Company);

    public static MonthlyBulletin For(MonthlyBulletin bulletin, IReadOnlyCollection<RoleAssignment> roles)
    {
        if (SeesEverything(roles))
        {
            return bulletin;
        }

        var headedBranches = roles.Where(r => r.Scope == ScopeKind.Branch).Select(r => r.ScopeId).ToHashSet(StringComparer.Ordinal);
        var ownProjects = roles.Where(r => r.Scope == ScopeKind.Project).Select(r => r.ScopeId).ToHashSet(StringComparer.Ordinal);
        var projects = bulletin.Projects
            .Where(p => ownProjects.Contains(p.Id) || (p.BranchId is { } b && headedBranches.Contains(b)))
            .ToList();
        var branches = headedBranches.Concat(projects.Select(p => p.BranchId).OfType<string>()).ToHashSet(StringComparer.Ordinal);
        return bulletin with
        {
            Branches = [.. bulletin.Branches.Where(b => branches.Contains(b.Id))],
            Projects = projects,
        };
    }
}
