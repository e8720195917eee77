namespace Hotline.Kernel;

/// <summary>The roles of the regulation (A7–A9, A11). Values are stored: never renumber.</summary>
[GenerateSerializer]
[Alias("Hotline.Organization.Role")]
public enum Role
{
    CallCenterAgent = 1,
    CallCenterSupervisor = 2,
    ProjectLiaison = 3,
    ProjectManager = 4,
    BranchHead = 5,
    QualityDeptStaff = 6,
    QualityDeptHead = 7,
    CustomerServiceDeptStaff = 8,
    EngineeringDeptStaff = 9,
    SecurityDeptStaff = 10,
    LegalDeptStaff = 11,
    AuditDeptStaff = 12,
    VicePresident = 13,
    GeneralManager = 14,
    SystemAdministrator = 15,

    /// <summary>A9.2.1 / A10.1.3.3: project staff who carry out the tickets dispatched to them (issue 11's dispatch modes).</summary>
    ProjectHandler = 16,
}
