using System.Collections.Immutable;
using Hotline.Live.Contracts;
using Hotline.Organization.Contracts;
using Hotline.Organization.Changes;
using Orleans.Runtime;

namespace Hotline.Organization.Company;

/// <summary>The company: its branches, total households and the staff directory. Same-issue counting lives in the counters.</summary>
public sealed partial class CompanyGrain(
    [PersistentState("company")] IPersistentState<CompanyState> state,
    ILivePublisher live,
    TimeProvider time) : Grain, ICompanyGrain, IRemindable
{
    private CompanyState Current => state.State;

    public async Task<bool> ImportIfEmpty(OrganizationSnapshot snapshot)
    {
        // A9.2, A9.3: an unstaffed project or branch would leave its tickets and warnings with nobody: refused whatever is stored.
        var missing = OrganizationStaffing.Missing(snapshot).ToList();
        if (missing.Count > 0)
        {
            throw new ArgumentException($"The organisation is not fully staffed: {string.Join("; ", missing)}.", nameof(snapshot));
        }

        if (!Current.IsEmpty)
        {
            return false;
        }

        // Branches and projects first: once the company row exists the import counts as done.
        await Task.WhenAll(snapshot.Branches.Select(b => GrainFactory.GetGrain<IBranchGrain>(b.Id).Define(b)));
        var projects = snapshot.Branches.SelectMany(b => b.Projects).ToList();
        await Save(Current with
        {
            Name = snapshot.CompanyName,
            BranchIds = [.. snapshot.Branches.Select(b => b.Id)],
            People = snapshot.People,
            Households = projects.Sum(p => p.Households),
            ProjectHouseholds = projects.ToImmutableDictionary(p => p.Id, p => p.Households),
        });
        live.Publish(OrganizationChange.Company(time.GetUtcNow()));
        return true;
    }

    public Task<CompanyInfo?> GetInfo() => Task.FromResult(Current.IsEmpty
        ? null
        : new CompanyInfo(this.GetPrimaryKeyString(), Current.Name!, Current.BranchIds, Current.Households, Current.People.Length));

    public Task<ImmutableArray<PersonInfo>> GetPeople() => Task.FromResult(Current.People);

    public Task<PersonInfo?> GetPerson(string personId) => Task.FromResult(Current.People.FirstOrDefault(p => p.Id == personId));

    public async Task<PersonInfo?> SetDuty(string personId, ImmutableArray<DutyShift> duty)
    {
        var shifts = duty.IsDefault ? [] : duty;
        if (shifts.SelectMany(DutyRoster.Problems).FirstOrDefault() is { } problem)
        {
            throw new ArgumentException($"Duty of '{personId}': {problem}.", nameof(duty));
        }

        var index = Current.People.Select(p => p.Id).ToList().IndexOf(personId);
        if (index < 0)
        {
            return null;
        }

        var person = Current.People[index] with { Duty = shifts };
        await Save(Current with { People = Current.People.SetItem(index, person) });
        live.Publish(OrganizationChange.Person(personId, time.GetUtcNow()));
        return person;
    }

    private async Task Save(CompanyState next)
    {
        if (next != Current)
        {
            state.State = next;
            await state.WriteStateAsync();
        }
    }
}
