using Orleans.Runtime;
using Hotline.Organization.Contracts;

namespace Hotline.Organization.Projects;

public sealed class ProjectGrain(
    [PersistentState("project")] IPersistentState<ProjectState> state) : Grain, IProjectGrain
{
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

        state.State = new ProjectState { Project = project };
        await state.WriteStateAsync();
    }

    public Task<ProjectInfo?> GetInfo() => Task.FromResult(state.State.Project);
}
