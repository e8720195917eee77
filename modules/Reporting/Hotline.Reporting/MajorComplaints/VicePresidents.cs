using Hotline.Kernel;
using Hotline.Organization.Contracts;

namespace Hotline.Reporting.MajorComplaints;

/// <summary>A8.1.4: the vice-president(s) in charge, those QualityDept reports to: everyone holding the VicePresident role.</summary>
public sealed class VicePresidents(IStaffDirectory staff)
{
    public async Task<IReadOnlyList<string>> Ids() =>
        [.. (await staff.GetPeople())
            .Where(p => !p.Roles.IsDefault && p.Roles.Any(r => r.Role == Role.VicePresident))
            .Select(p => p.Id)
            .Distinct(StringComparer.Ordinal)];
}
