namespace Hotline.Organization.Contracts;

/// <summary>A branch, keyed by its id.</summary>
[Alias("Hotline.Organization.IBranchGrain")]
public interface IBranchGrain : IGrainWithStringKey
{
    [Alias("Define")]
    Task Define(BranchDefinition definition);

    [Alias("GetInfo")]
    Task<BranchInfo?> GetInfo();
}
