using System.Collections.Immutable;
using Hotline.Kernel;

namespace Hotline.Organization.Contracts;

/// <summary>
/// A8.1.3 / A9.1: QualityDept watches the platform during its duty hours (Hotline:Organization:QualityDept, 08:30–17:30
/// every day by default). A QualityDept member without a roster of their own is on duty exactly then, so a notice
/// outside them goes to a stand-in or the 24-hour line like any off-duty person's.
/// </summary>
public sealed record QualityDeptDuty(DutyShift Hours)
{
    public static readonly ImmutableArray<Role> Roles = [Role.QualityDeptStaff, Role.QualityDeptHead];

    /// <summary>The person as routing sees them: a QualityDept member without own shifts gets the department's hours.</summary>
    public PersonInfo Apply(PersonInfo person)
    {
        ArgumentNullException.ThrowIfNull(person);
        var inDept = !person.Roles.IsDefault && person.Roles.Any(r => Roles.Contains(r.Role));
        return inDept && !DutyRoster.HasRoster(person) ? person with { Duty = [Hours] } : person;
    }
}
