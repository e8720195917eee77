using Hotline.Kernel;

namespace Hotline.Escalation.Routing;

/// <summary>A7's functional departments a red warning can be assigned to (A11.r), and the role of their staff.</summary>
public static class Departments
{
    private static readonly (string Code, Role Staff)[] All =
    [
        ("CustomerServiceDept", Role.CustomerServiceDeptStaff),
        ("EngineeringDept", Role.EngineeringDeptStaff),
        ("SecurityDept", Role.SecurityDeptStaff),
        ("LegalDept", Role.LegalDeptStaff),
        ("AuditDept", Role.AuditDeptStaff),
    ];

    public static IEnumerable<string> Codes => All.Select(d => d.Code);

    /// <summary>The canonical code of a department, ignoring case; false for anything else.</summary>
    public static bool TryNormalize(string? code, out string canonical)
    {
        canonical = All.Select(d => d.Code).FirstOrDefault(c => string.Equals(c, code?.Trim(), StringComparison.OrdinalIgnoreCase)) ?? "";
        return canonical.Length > 0;
    }

    public static Role StaffRole(string code) => All.Single(d => d.Code == code).Staff;
}
