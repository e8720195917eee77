using Hotline.Kernel;
using Hotline.Organization.Contracts;

namespace Hotline.Reporting.MajorComplaints;

/// <summary>A8.1.4: the vice-president(s) in charge, those QualityDept reports to: everyone holding the VicePresident role.</summary>
public sealed class VicePresidents(IStaffDirectory staff)
{
    public async Task<IReadOnlyList<string>> Ids() =>
        RoleHolders.Of(await staff.GetPeople(), Role.VicePresident);
}
