using Hotline.Organization.Contracts;
using Microsoft.Extensions.Time.Testing;

namespace Hotline.TestKit;

/// <summary>
/// A project of a test's own, added to an existing branch the way the organisation holds it (in the branch's project
/// list), so requests naming it pass the access policy's check of known places like any other project.
/// </summary>
public static class ExtraProjects
{
    /// <summary>How far the clock moves so each silo's staff directory checks the organisation's version again (every 2 s).</summary>
    private static readonly TimeSpan PlacesRefresh = TimeSpan.FromSeconds(6);

    public static async Task Add(IGrainFactory grains, FakeTimeProvider clock, ProjectInfo project)
    {
        var branch = grains.GetGrain<IBranchGrain>(project.BranchId);
        var info = await branch.GetInfo() ?? throw new InvalidOperationException($"no branch {project.BranchId}");
        var existing = await Task.WhenAll(info.ProjectIds.Select(id => grains.GetGrain<IProjectGrain>(id).GetInfo()));
        await branch.Define(new BranchDefinition(info.Id, info.Name, [.. existing.OfType<ProjectInfo>(), project]));
        // Places are re-read when the organisation's version moves, as an import moves it: a roster written again does.
        var company = grains.GetGrain<ICompanyGrain>(ICompanyGrain.SingletonKey);
        var someone = (await company.GetPeople()).First();
        await company.SetDuty(someone.Id, someone.Duty);
        clock.Advance(PlacesRefresh);
    }
}
