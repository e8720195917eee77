using Hotline.Organization.Contracts;
using Microsoft.Extensions.Time.Testing;

namespace Hotline.TestKit;

/// <summary>
/// A project of a test's own, added to an existing branch the way the organisation holds it (in the branch's project
/// list), so requests naming it pass the access policy's check of known places like any other project.
/// </summary>
public static class ExtraProjects
{
    /// <summary>How far the clock moves so each silo's copy of the known places is read again (it refreshes every 5 s).</summary>
    private static readonly TimeSpan PlacesRefresh = TimeSpan.FromSeconds(6);

    public static async Task Add(IGrainFactory grains, FakeTimeProvider clock, ProjectInfo project)
    {
        var branch = grains.GetGrain<IBranchGrain>(project.BranchId);
        var info = await branch.GetInfo() ?? throw new InvalidOperationException($"no branch {project.BranchId}");
        var existing = await Task.WhenAll(info.ProjectIds.Select(id => grains.GetGrain<IProjectGrain>(id).GetInfo()));
        await branch.Define(new BranchDefinition(info.Id, info.Name, [.. existing.OfType<ProjectInfo>(), project]));
        clock.Advance(PlacesRefresh);
    }
}
