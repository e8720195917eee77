using System.Collections.Immutable;
using Hotline.Kernel;

namespace Hotline.Security.Access;

/// <summary>The groups of roles the access table speaks of (A7–A9).</summary>
public static class RoleSets
{
    public static readonly ImmutableArray<Role> CallCenter = [Role.CallCenterAgent, Role.CallCenterSupervisor];

    /// <summary>The unit that handles a ticket: its project's liaison and manager, its branch's head (A9.2, A9.3).</summary>
    public static readonly ImmutableArray<Role> Unit = [Role.ProjectLiaison, Role.ProjectManager, Role.BranchHead];

    /// <summary>The unit's heads: who signs for the unit (A10.4 statements; with the liaison, A10.2.3 decisions).</summary>
    public static readonly ImmutableArray<Role> UnitHeads = [Role.ProjectManager, Role.BranchHead];

    /// <summary>Project staff who carry out the tickets given to them (issue 11's dispatch).</summary>
    public static readonly ImmutableArray<Role> Handlers = [Role.ProjectHandler];

    public static readonly ImmutableArray<Role> QualityDept = [Role.QualityDeptStaff, Role.QualityDeptHead];

    public static readonly ImmutableArray<Role> FunctionalDepartments =
        [Role.CustomerServiceDeptStaff, Role.EngineeringDeptStaff, Role.SecurityDeptStaff, Role.LegalDeptStaff, Role.AuditDeptStaff];

    public static readonly ImmutableArray<Role> Leadership = [Role.VicePresident, Role.GeneralManager];

    /// <summary>Every staff role: reading a ticket is open to all of them, each within their own scope.</summary>
    public static readonly ImmutableArray<Role> AllStaff = [.. Enum.GetValues<Role>()];

    public static ImmutableArray<Role> Of(params ImmutableArray<Role>[] sets) => [.. sets.SelectMany(s => s).Distinct()];
}
