namespace Hotline.Organization.Directory;

/// <summary>Where <see cref="StaffDirectory"/> reads the staff: the company grain in a silo (<see cref="CompanyStaffSource"/>), a plain object in tests.</summary>
public interface IStaffSource
{
    Task<Guid> GetStaffVersion();

    Task<StaffListing> GetStaffListing();
}
