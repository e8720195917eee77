using Hotline.Escalation.Contracts;
using Hotline.Organization.Contracts;
using Hotline.Organization.Issues;
using Orleans.Runtime;

namespace Hotline.Organization.Projects;

public sealed partial class ProjectGrain(
    [PersistentState("project")] IPersistentState<ProjectState> state,
    IEscalationPolicy policy,
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

        // Keeps the same-issue windows: a redefinition is not a new project.
        await Save(Current with { Project = project });
    }

    public Task<ProjectInfo?> GetInfo() => Task.FromResult(Current.Project);

    public async Task SetHouseholds(int households)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(households);
        var project = Defined();
        var rules = new SameIssueRules(policy);
        var now = time.GetUtcNow();
        await Save(Current with
        {
            Project = project with { Households = households },
            Issues = IssueTracking.ReevaluateAll(Current.Issues, rules, now, households),
        });

        // Always passed on (idempotent there), so a retry after a failure still reaches branch and company.
        await GrainFactory.GetGrain<IBranchGrain>(project.BranchId).SetProjectHouseholds(project.Id, project.Households, households);
        await FlushWarnings(rules, now);
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
