using System.Collections.Immutable;
using Hotline.Organization.Contracts;
using Hotline.Organization.Issues;
using Hotline.Organization.SameIssue;

namespace Hotline.Organization.Branches;

public sealed class BranchGrain(
    [PersistentState("branch")] IPersistentState<BranchState> state,
    SameIssueStore store,
    ISameIssuePolicy policy,
    TimeProvider time) : Grain, IBranchGrain
{
    private BranchState Current => state.State;

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

    public async Task SetProjectHouseholds(string projectId, int previous, int households)
    {
        if (!Current.ProjectIds.Contains(projectId))
        {
            throw new ArgumentException($"Project '{projectId}' is not a project of branch '{this.GetPrimaryKeyString()}'.", nameof(projectId));
        }

        var (total, parts) = HouseholdTotals.Apply(Current.Households, Current.ProjectHouseholds, projectId, previous, households);
        await Save(Current with { Households = total, ProjectHouseholds = parts });
    }

    /// <summary>Distinct (project, household) per issue key in the window, read from the rows (the regulation sets no branch threshold).</summary>
    public async Task<ImmutableArray<IssueCount>> GetIssueCounts() =>
        IssueCounts.Ordered(await store.BranchCounts(this.GetPrimaryKeyString(), time.GetUtcNow() - new SameIssueRules(policy).Window));

    public async Task MigrateLegacyIssues()
    {
        if (!Current.LegacyIssues.IsEmpty)
        {
            await Save(Current with { LegacyIssues = ImmutableDictionary<string, IssueWindow>.Empty });
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
