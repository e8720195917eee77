using Orleans.Concurrency;

namespace Hotline.Organization.Directory;

/// <summary>
/// What the company grain tells the per-silo <see cref="StaffDirectory"/>: a version that moves whenever the staff
/// changes, and the staff itself. Pure reads that interleave, like <c>ICompanyGrain.GetPeople</c>.
/// </summary>
[Alias("Hotline.Organization.IStaffDirectorySource")]
public interface IStaffDirectorySource : IGrainWithStringKey
{
    [Alias("GetStaffVersion")]
    [AlwaysInterleave]
    Task<Guid> GetStaffVersion();

    [Alias("GetStaffListing")]
    [AlwaysInterleave]
    Task<StaffListing> GetStaffListing();
}
