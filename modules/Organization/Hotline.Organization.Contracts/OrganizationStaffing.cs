using Hotline.Kernel;

namespace Hotline.Organization.Contracts;

/// <summary>
/// A9.2.1, A9.2.2, A9.3: every project has a liaison and a project manager, every branch a head. Without them a
/// project's tickets and warnings reach nobody, so an organisation missing one is refused, naming what is missing.
/// </summary>
public static class OrganizationStaffing
{
    /// <summary>What is missing, one line each (empty when fully staffed).</summary>
    public static IEnumerable<string> Missing(OrganizationSnapshot organisation)
    {
        ArgumentNullException.ThrowIfNull(organisation);
        var held = (organisation.People.IsDefault ? [] : organisation.People)
            .SelectMany(p => p.Roles.IsDefault ? [] : p.Roles)
            .ToHashSet();
        foreach (var branch in organisation.Branches.IsDefault ? [] : organisation.Branches)
        {
            if (!held.Contains(new RoleAssignment(Role.BranchHead, ScopeKind.Branch, branch.Id)))
            {
                yield return $"branch '{branch.Id}' has no {Role.BranchHead} (A9.3)";
            }

            foreach (var project in branch.Projects.IsDefault ? [] : branch.Projects)
            {
                foreach (var role in new[] { Role.ProjectLiaison, Role.ProjectManager })
                {
                    if (!held.Contains(new RoleAssignment(role, ScopeKind.Project, project.Id)))
                    {
                        yield return $"project '{project.Id}' has no {role} ({(role == Role.ProjectLiaison ? "A9.2.1" : "A9.2.2")})";
                    }
                }
            }
        }
    }
}
