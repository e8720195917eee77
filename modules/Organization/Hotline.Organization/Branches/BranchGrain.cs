using Orleans.Runtime;
using Hotline.Organization.Contracts;

namespace Hotline.Organization.Branches;

public sealed class BranchGrain(
    [PersistentState("branch")] IPersistentState<BranchState> state) : Grain, IBranchGrain
{
    private BranchState Current => state.State;

    public async Task Define(BranchDefinition definition)
    {
        if (definition.Projects.Any(p => p.BranchId != definition.Id))
        {
            throw new ArgumentException($"Every project of branch '{definition.Id}' must name it as its branch.", nameof(definition));
        }

        await Task.WhenAll(definition.Projects.Select(p => GrainFactory.GetGrain<IProjectGrain>(p.Id).Define(p)));
        state.State = new BranchState { Name = definition.Name, ProjectIds = [.. definition.Projects.Select(p => p.Id)], Households = definition.Projects.Sum(p => p.Households) };
        await state.WriteStateAsync();
    }

    public Task<BranchInfo?> GetInfo() => Task.FromResult(Current.Name is null
        ? null
        : new BranchInfo(this.GetPrimaryKeyString(), Current.Name, Current.ProjectIds, Current.Households));
}
