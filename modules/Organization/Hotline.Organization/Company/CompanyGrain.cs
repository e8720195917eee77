using Orleans.Runtime;
using System.Collections.Immutable;
using Hotline.Organization.Contracts;

namespace Hotline.Organization.Company;

public sealed class CompanyGrain(
    [PersistentState("company")] IPersistentState<CompanyState> state) : Grain, ICompanyGrain
{
    private CompanyState Current => state.State;

    public async Task<bool> ImportIfEmpty(OrganizationSnapshot snapshot)
    {
        if (!Current.IsEmpty)
        {
            return false;
        }

        // Branches and projects first: once the company row exists the import counts as done.
        await Task.WhenAll(snapshot.Branches.Select(b => GrainFactory.GetGrain<IBranchGrain>(b.Id).Define(b)));
        state.State = new CompanyState
        {
            Name = snapshot.CompanyName,
            BranchIds = [.. snapshot.Branches.Select(b => b.Id)],
            People = snapshot.People,
            Households = snapshot.Branches.SelectMany(b => b.Projects).Sum(p => p.Households),
        };
        await state.WriteStateAsync();
        return true;
    }

    public Task<CompanyInfo?> GetInfo() => Task.FromResult(Current.IsEmpty
        ? null
        : new CompanyInfo(this.GetPrimaryKeyString(), Current.Name!, Current.BranchIds, Current.Households, Current.People.Length));

    public Task<ImmutableArray<PersonInfo>> GetPeople() => Task.FromResult(Current.People);
}
