using System.Collections.Immutable;
using Hotline.Escalation.Contracts;
using Hotline.Organization.Contracts;
using Hotline.Organization.Issues;
using Orleans.Runtime;

namespace Hotline.Organization.Branches;

public sealed class BranchGrain(
    [PersistentState("branch")] IPersistentState<BranchState> state,
    IEscalationPolicy policy,
    TimeProvider time) : Grain, IBranchGrain
{
    private BranchState Current => state.State;

    private ICompanyGrain Company => GrainFactory.GetGrain<ICompanyGrain>(ICompanyGrain.SingletonKey);

    public async Task Define(BranchDefinition definition)
    {
        if (definition.Projects.Any(p => p.BranchId != definition.Id))
        {
            throw new ArgumentException($"Every project of branch '{definition.Id}' must name it as its branch.", nameof(definition));
        }

        await Task.WhenAll(definition.Projects.Select(p => GrainFactory.GetGrain<IProjectGrain>(p.Id).Define(p)));
        await Save(Current with
        {
            Name = definition.Name,
            ProjectIds = [.. definition.Projects.Select(p => p.Id)],
            Households = definition.Projects.Sum(p => p.Households),
            ProjectHouseholds = definition.Projects.ToImmutableDictionary(p => p.Id, p => p.Households),
        });
    }

    public Task<BranchInfo?> GetInfo() => Task.FromResult(Current.Name is null
        ? null
        : new BranchInfo(this.GetPrimaryKeyString(), Current.Name, Current.ProjectIds, Current.Households));

    public async Task<Guid?> RecordIssue(ProjectIssueReport report)
    {
        var key = IssueTracking.KeyOf(report.Report);
        OwnProject(report.ProjectId);
        var rules = new SameIssueRules(policy);
        var (window, _) = IssueTracking.Record(IssueTracking.Get(Current.Issues, key), report.ProjectId, report.Report, rules, time.GetUtcNow(), households: null);
        await Save(Current with { Issues = IssueTracking.Put(Current.Issues, key, window) });
        return await Company.RecordIssue(report);
    }

    public async Task SetProjectHouseholds(string projectId, int previous, int households)
    {
        OwnProject(projectId);
        var (total, parts) = HouseholdTotals.Apply(Current.Households, Current.ProjectHouseholds, projectId, previous, households);
        await Save(Current with { Households = total, ProjectHouseholds = parts });
        await Company.SetProjectHouseholds(projectId, previous, households);
    }

    public Task<ImmutableArray<IssueCount>> GetIssueCounts() =>
        Task.FromResult(IssueTracking.Counts(Current.Issues, new SameIssueRules(policy), time.GetUtcNow(), households: null, (_, _) => null));

    private void OwnProject(string projectId)
    {
        if (!Current.ProjectIds.Contains(projectId))
        {
            throw new ArgumentException($"Project '{projectId}' is not a project of branch '{this.GetPrimaryKeyString()}'.", nameof(projectId));
        }
    }

    private async Task Save(BranchState next)
    {
        if (next != Current)
        {
            state.State = next;
            await state.WriteStateAsync();
        }
    }
}
