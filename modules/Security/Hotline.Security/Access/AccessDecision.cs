using System.Collections.Immutable;
using Hotline.Kernel;

namespace Hotline.Security.Access;

/// <summary>The pure decision: does a person holding these roles get to call this rule on this resource, and in which role.</summary>
public static class AccessDecision
{
    public static AccessVerdict Decide(AccessRule rule, string personId, ImmutableArray<RoleAssignment> held, AccessResource resource, Role? requestedRole = null)
    {
        if (rule.Anonymous)
        {
            return AccessVerdict.Allow(held.FirstOrDefault());
        }

        var roles = rule.RolesFor(resource);
        var candidates = held
            .Where(a => roles.Contains(a.Role) && resource.IsCoveredBy(a) && (requestedRole is null || a.Role == requestedRole)
                && (!rule.HolderOnly.Contains(a.Role) || resource.HandlerId == personId))
            .OrderBy(a => roles.IndexOf(a.Role))
            .ToList();
        if (candidates.Count > 0)
        {
            return AccessVerdict.Allow(candidates[0]);
        }

        if (requestedRole is not null && !held.Any(a => a.Role == requestedRole))
        {
            return AccessVerdict.Deny($"you do not hold the role {requestedRole}");
        }

        var self = rule.Self && resource.PersonId == personId;
        if (rule.AnySignedIn || self)
        {
            return AccessVerdict.Allow(held.FirstOrDefault(a => requestedRole is null || a.Role == requestedRole));
        }

        return AccessVerdict.Deny(roles.IsEmpty
            ? "nobody may do this"
            : $"this needs one of {string.Join(", ", roles)} covering {Describe(resource)}");
    }

    private static string Describe(AccessResource resource) => resource switch
    {
        { ProjectId: { } project } => $"project {project}",
        { BranchId: { } branch } => $"branch {branch}",
        { PersonId: { } person } => $"person {person}",
        _ => "the company",
    };
}
