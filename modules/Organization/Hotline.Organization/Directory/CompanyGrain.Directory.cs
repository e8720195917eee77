using System.Collections.Immutable;
using Hotline.Organization.Contracts;
using Hotline.Organization.Directory;

namespace Hotline.Organization.Company;

/// <summary>The company grain's side of the staff directory: it owns the staff and says when it changed.</summary>
public sealed partial class CompanyGrain : IStaffDirectorySource
{
    private ImmutableArray<PersonInfo> _versionedPeople;
    private Guid _staffVersion;

    public Task<Guid> GetStaffVersion() => Task.FromResult(StaffVersion());

    public Task<StaffListing> GetStaffListing() => Task.FromResult(new StaffListing(StaffVersion(), Current.People));

    /// <summary>
    /// Every change to the staff replaces the immutable <see cref="CompanyState.People"/> array, so a different array
    /// is a new version: no write path has to remember to bump it. Kept in memory only: a new activation starts a new
    /// version, which makes every silo reload once, harmlessly.
    /// </summary>
    private Guid StaffVersion()
    {
        if (_staffVersion == Guid.Empty || _versionedPeople != Current.People)
        {
            _versionedPeople = Current.People;
            _staffVersion = Guid.NewGuid();
        }

        return _staffVersion;
    }
}
