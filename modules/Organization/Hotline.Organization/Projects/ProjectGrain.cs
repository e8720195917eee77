using Hotline.Organization.Contracts;
using Hotline.Organization.Changes;
using Hotline.Live.Contracts;
using Hotline.Organization.Issues;
using Hotline.Organization.SameIssue;
using Orleans.Runtime;

namespace Hotline.Organization.Projects;

public sealed partial class ProjectGrain(
    [PersistentState("project")] IPersistentState<ProjectState> state,
    SameIssueStore store,
    ISameIssuePolicy policy,
    ILivePublisher live,
    TimeProvider time) : Grain, IProjectGrain, IRemindable
{
    private ProjectState Current => state.State;

    public async Task Define(ProjectInfo project)
    {
        if (project.Id != this.GetPrimaryKeyString())
        {
            throw new ArgumentException($"Project '{project.Id}' cannot be defined on grain '{this.GetPrimaryKeyString()}'.", nameof(project));
        }

        if (project.Households < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(project), "Households cannot be negative.");
        }

        // Keeps the same-issue counts: a redefinition is not a new project.
        await Save(Current with { Project = project });
    }

    public Task<ProjectInfo?> GetInfo() => Task.FromResult(Current.Project);

    /// <summary>
    /// Changes the project's households, passes the change to branch and company (idempotent there, so a retry after a
    /// failure still reaches them), then re-checks every issue key of the project and of the company at once.
    /// </summary>
    public async Task SetHouseholds(int households)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(households);
        var project = Defined();
        await Save(Current with { Project = project with { Households = households } });
        await GrainFactory.GetGrain<IBranchGrain>(project.BranchId).SetProjectHouseholds(project.Id, project.Households, households);
        var company = GrainFactory.GetGrain<ICompanyGrain>(ICompanyGrain.SingletonKey);
        await company.SetProjectHouseholds(project.Id, project.Households, households);
        live.Publish(OrganizationChange.Project(project.Id, project.BranchId, time.GetUtcNow()));
        var total = (await company.GetInfo())?.Households ?? 0;

        var since = time.GetUtcNow() - new SameIssueRules(policy).Window;
        var projectKeys = await store.Keys(project.Id, since);
        var companyKeys = await store.Keys(null, since);
        await Task.WhenAll(projectKeys.Select(k => GrainFactory.GetGrain<ISameIssueGrain>(SameIssueKey.Project(project.Id, k).GrainKey).Reevaluate(households)));
        await Task.WhenAll(companyKeys.Select(k => GrainFactory.GetGrain<ISameIssueGrain>(SameIssueKey.Company(k).GrainKey).Reevaluate(total)));
    }

    private ProjectInfo Defined() =>
        Current.Project ?? throw new InvalidOperationException($"Project '{this.GetPrimaryKeyString()}' is not defined.");

    private async Task Save(ProjectState next)
    {
        if (next != Current)
        {
            state.State = next;
            await state.WriteStateAsync();
        }
    }
}
