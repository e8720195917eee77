using Hotline.Organization.Contracts;

namespace Hotline.Organization.Directory;

/// <summary>The company grain as <see cref="IStaffSource"/>; the grain reference is made on first use, when the grain factory is built.</summary>
public sealed class CompanyStaffSource(IGrainFactory grains) : IStaffSource
{
    private IStaffDirectorySource Company => grains.GetGrain<IStaffDirectorySource>(ICompanyGrain.SingletonKey);

    public Task<Guid> GetStaffVersion() => Company.GetStaffVersion();

    public Task<StaffListing> GetStaffListing() => Company.GetStaffListing();
}
