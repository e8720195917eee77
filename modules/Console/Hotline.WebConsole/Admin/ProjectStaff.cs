using Hotline.Kernel;
using Hotline.Organization.Contracts;

namespace Hotline.WebConsole.Admin;

/// <summary>
/// The people of one project, as GET /api/organization/projects/{id}/people names them: those holding a role scoped to
/// the project (liaisons, managers, handlers), then its branch's heads; each once, by id.
/// </summary>
public static class ProjectStaff
{
    public static IReadOnlyList<PersonInfo> Of(IEnumerable<PersonInfo> people, ProjectInfo project)
    {
        bool Holds(PersonInfo p, ScopeKind scope, string id) => !p.Roles.IsDefault && p.Roles.Any(r => r.Scope == scope && r.ScopeId == id);
        var all = people.ToList();
        var inProject = all.Where(p => Holds(p, ScopeKind.Project, project.Id)).OrderBy(p => p.Id, StringComparer.Ordinal);
        var heads = all.Where(p => !p.Roles.IsDefault && p.Roles.Contains(new RoleAssignment(Role.BranchHead, ScopeKind.Branch, project.BranchId)))
            .OrderBy(p => p.Id, StringComparer.Ordinal);
        return [.. inProject.Concat(heads).DistinctBy(p => p.Id)];
    }
}
