using System.Collections.Immutable;
using Hotline.Escalation.Contracts;
using Hotline.Kernel;
using Hotline.Organization.Contracts;

namespace Hotline.Escalation.Routing;

/// <summary>Who a warning goes to, from the staff directory (A11.1.r, A11.2, A11.r). Pure, so it is tested without a cluster.</summary>
public static class WarningRouting
{
    /// <summary>The verifiers a raised warning is sent to: the call-center supervisor, and for red also QualityDept's head.</summary>
    public static ImmutableArray<string> Verifiers(WarningLevel level, IEnumerable<PersonInfo> people) =>
        RoleHolders.Of(people, WarningRoles.Verifiers(level));

    /// <summary>The verifiers of a raised warning who have neither verified nor dismissed it yet (for reminders and overdue notices).</summary>
    public static ImmutableArray<string> Outstanding(WarningLevel level, IEnumerable<Actor> acted, IEnumerable<PersonInfo> people)
    {
        var done = acted.Select(a => WarningRoles.Parse(a.Role)).OfType<Role>().ToHashSet();
        return RoleHolders.Of(people, [.. WarningRoles.Verifiers(level).Where(r => !done.Contains(r))]);
    }

    /// <summary>
    /// After verification, the people who owe the plan. Blue: the subject's branch head and project manager; yellow:
    /// QualityDept's head too. Red (A11.r): the unit (branch head, project manager); the functional departments join when
    /// QualityDept's head assigns them (<see cref="QualityDeptHeads"/> get that request instead), and the general manager gets the plan.
    /// </summary>
    public static ImmutableArray<string> AtVerification(WarningLevel level, WarningSubject subject, IEnumerable<PersonInfo> people)
    {
        var everyone = people.ToList();
        IEnumerable<string> routed = level switch
        {
            WarningLevel.Blue => Local(subject, everyone),
            WarningLevel.Yellow => RoleHolders.Of(everyone, [Role.QualityDeptHead]).Concat(Local(subject, everyone)),
            _ => Local(subject, everyone),
        };
        return [.. routed.Distinct(StringComparer.Ordinal)];
    }

    /// <summary>A11.r: the staff of the functional departments assigned to a red warning.</summary>
    public static ImmutableArray<string> DepartmentStaff(IEnumerable<string> departments, IEnumerable<PersonInfo> people) =>
        RoleHolders.Of(people, [.. departments.Select(Departments.StaffRole)]);

    /// <summary>A11.r: who assigns a verified red warning's functional departments.</summary>
    public static ImmutableArray<string> QualityDeptHeads(IEnumerable<PersonInfo> people) =>
        RoleHolders.Of(people, [Role.QualityDeptHead]);

    /// <summary>A11.r: the joint plan is reported to the company's general manager.</summary>
    public static ImmutableArray<string> GeneralManagers(IEnumerable<PersonInfo> people) =>
        RoleHolders.Of(people, [Role.GeneralManager]);

    private static IEnumerable<string> Local(WarningSubject subject, IReadOnlyCollection<PersonInfo> people) =>
        people.Where(p => p.Roles.Any(r => r is { Role: Role.BranchHead, Scope: ScopeKind.Branch } && r.ScopeId == subject.BranchId))
            .Concat(people.Where(p => p.Roles.Any(r => r is { Role: Role.ProjectManager, Scope: ScopeKind.Project } && r.ScopeId == subject.ProjectId)))
            .Select(p => p.Id);
}
