using System.Collections.Immutable;
using Hotline.Kernel;

namespace Hotline.Organization.Contracts;

/// <summary>
/// "The people holding role R (in scope S)" from the staff directory's people, said once for every module that tells
/// someone something (ticket notices, warning routing, reports). Each person once, in the directory's order.
/// </summary>
public static class RoleHolders
{
    public static ImmutableArray<string> Of(IEnumerable<PersonInfo> people, Func<RoleAssignment, bool> holds) =>
        [.. people.Where(p => !p.Roles.IsDefault && p.Roles.Any(holds)).Select(p => p.Id).Distinct(StringComparer.Ordinal)];

    /// <summary>Everyone holding any of <paramref name="roles"/>, whatever its scope.</summary>
    public static ImmutableArray<string> Of(IEnumerable<PersonInfo> people, params IReadOnlyCollection<Role> roles) =>
        Of(people, r => roles.Contains(r.Role));

    /// <summary>Those holding <paramref name="role"/> for the one branch or project <paramref name="scopeId"/>.</summary>
    public static ImmutableArray<string> Of(IEnumerable<PersonInfo> people, Role role, ScopeKind scope, string scopeId) =>
        Of(people, r => r.Role == role && r.Scope == scope && r.ScopeId == scopeId);
}
