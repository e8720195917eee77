using Hotline.Kernel;

namespace Hotline.Security.Tests.Access;

/// <summary>
/// The demo organisation's people the matrix signs in as: every company role once, and each branch or project
/// role twice, once inside the resources' branch (north) and project (p-sunrise) and once outside them.
/// </summary>
public static class MatrixPeople
{
    public static readonly IReadOnlyList<MatrixPerson> All =
    [
        new("cc-agent-1", Role.CallCenterAgent, ScopeKind.Company, true),
        new("cc-supervisor", Role.CallCenterSupervisor, ScopeKind.Company, true),
        new("qd-staff", Role.QualityDeptStaff, ScopeKind.Company, true),
        new("qd-head", Role.QualityDeptHead, ScopeKind.Company, true),
        new("customerservice-staff", Role.CustomerServiceDeptStaff, ScopeKind.Company, true),
        new("engineering-staff", Role.EngineeringDeptStaff, ScopeKind.Company, true),
        new("security-staff", Role.SecurityDeptStaff, ScopeKind.Company, true),
        new("legal-staff", Role.LegalDeptStaff, ScopeKind.Company, true),
        new("audit-staff", Role.AuditDeptStaff, ScopeKind.Company, true),
        new("vp", Role.VicePresident, ScopeKind.Company, true),
        new("gm", Role.GeneralManager, ScopeKind.Company, true),
        new("admin", Role.SystemAdministrator, ScopeKind.Company, true),
        new("north-head", Role.BranchHead, ScopeKind.Branch, true),
        new("south-head", Role.BranchHead, ScopeKind.Branch, false),
        new("sunrise-manager", Role.ProjectManager, ScopeKind.Project, true),
        new("harbour-manager", Role.ProjectManager, ScopeKind.Project, false),
        new("sunrise-liaison", Role.ProjectLiaison, ScopeKind.Project, true),
        new("harbour-liaison", Role.ProjectLiaison, ScopeKind.Project, false),
        new("sunrise-handler-1", Role.ProjectHandler, ScopeKind.Project, true),
        new("harbour-handler-1", Role.ProjectHandler, ScopeKind.Project, false),
    ];
}
