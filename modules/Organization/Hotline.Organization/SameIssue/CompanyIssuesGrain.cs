using System.Collections.Immutable;
using Hotline.Organization.Contracts;
using Hotline.Organization.Issues;
using Orleans.Concurrency;

namespace Hotline.Organization.SameIssue;

/// <summary>Reads the company's issue keys from the rows and asks each key's counter; stateless, so any silo answers.</summary>
[StatelessWorker]
public sealed class CompanyIssuesGrain(SameIssueStore store, ISameIssuePolicy policy, TimeProvider time) : Grain, ICompanyIssuesGrain
{
    public async Task<ImmutableArray<IssueCount>> GetIssueCounts()
    {
        var keys = await store.Keys(null, time.GetUtcNow() - new SameIssueRules(policy).Window);
        return await IssueCounts.Of(GrainFactory, keys.Select(SameIssueKey.Company));
    }
}
