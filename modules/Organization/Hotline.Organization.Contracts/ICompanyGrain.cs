using System.Collections.Immutable;

namespace Hotline.Organization.Contracts;

/// <summary>The company (one per deployment, key <see cref="SingletonKey"/>): its branches and staff directory.</summary>
[Alias("Hotline.Organization.ICompanyGrain")]
public interface ICompanyGrain : IGrainWithStringKey
{
    public const string SingletonKey = "company";

    /// <summary>Imports an organisation into an empty company; returns false (and changes nothing) when one exists.</summary>
    [Alias("ImportIfEmpty")]
    Task<bool> ImportIfEmpty(OrganizationSnapshot snapshot);

    [Alias("GetInfo")]
    Task<CompanyInfo?> GetInfo();

    [Alias("GetPeople")]
    Task<ImmutableArray<PersonInfo>> GetPeople();
}
