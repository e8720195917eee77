using System.Collections.Immutable;

namespace Hotline.Organization.Contracts;

/// <summary>The company's same-issue counts (A11.3.2), read apart from the staff directory (key <see cref="ICompanyGrain.SingletonKey"/>).</summary>
[Alias("Hotline.Organization.ICompanyIssuesGrain")]
public interface ICompanyIssuesGrain : IGrainWithStringKey
{
    [Alias("GetIssueCounts")]
    Task<ImmutableArray<IssueCount>> GetIssueCounts();
}
