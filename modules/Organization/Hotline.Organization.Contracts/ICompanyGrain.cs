using System.Collections.Immutable;
using Orleans.Concurrency;

namespace Hotline.Organization.Contracts;

/// <summary>The company (one per deployment, key <see cref="SingletonKey"/>): its branches, household total and staff directory (it counts no issues: see <see cref="ICompanyIssuesGrain"/>).</summary>
[Alias("Hotline.Organization.ICompanyGrain")]
public interface ICompanyGrain : IGrainWithStringKey
{
    public const string SingletonKey = "company";

    /// <summary>
    /// Imports an organisation into an empty company; returns false (and changes nothing) when one exists. Throws
    /// <see cref="ArgumentException"/> naming what is missing for an organisation <see cref="OrganizationStaffing"/> refuses.
    /// </summary>
    [Alias("ImportIfEmpty")]
    Task<bool> ImportIfEmpty(OrganizationSnapshot snapshot);

    [Alias("GetInfo")]
    [AlwaysInterleave]
    Task<CompanyInfo?> GetInfo();

    /// <summary>A pure read; interleaves, so a warning grain the company is waiting for can route by it.</summary>
    [Alias("GetPeople")]
    [AlwaysInterleave]
    Task<ImmutableArray<PersonInfo>> GetPeople();

    /// <summary>One member of staff, or null: what every signed-in request looks up, without copying the whole directory.</summary>
    [Alias("GetPerson")]
    [AlwaysInterleave]
    Task<PersonInfo?> GetPerson(string personId);

    /// <summary>
    /// Replaces one person's weekly duty shifts (empty: always on duty); the next routing decision reads them. Answers the
    /// person, or null for an unknown id. Throws <see cref="ArgumentException"/> for a shift <see cref="DutyRoster.Problems"/> rejects.
    /// </summary>
    [Alias("SetDuty")]
    Task<PersonInfo?> SetDuty(string personId, ImmutableArray<DutyShift> duty);

    /// <summary>One project's household count changed; the total follows. Idempotent. (The project re-checks the company's issue keys.)</summary>
    [Alias("SetProjectHouseholds")]
    Task SetProjectHouseholds(string projectId, int previous, int households);

    /// <summary>Hands the same-issue incidents an earlier version kept in this state to the counters, once. Idempotent.</summary>
    [Alias("MigrateLegacyIssues")]
    Task MigrateLegacyIssues();
}
