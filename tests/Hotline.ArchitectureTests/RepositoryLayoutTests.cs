using Hotline.ArchitectureTests.Metadata;
using Hotline.ArchitectureTests.Repository;
using Hotline.ArchitectureTests.Support;

namespace Hotline.ArchitectureTests;

/// <summary>Guards against rules passing on nothing: the layout is found and every module assembly is at hand.</summary>
public sealed class RepositoryLayoutTests
{
    [Fact]
    public void Repository_Projects_EveryKindFound()
    {
        var repo = RepoProjects.Current;

        Assert.Contains(repo.All, p => p.IsHost && p.Area == ProjectArea.Host);
        Assert.Contains(repo.All, p => p.IsAbstractions && p.Role == ModuleRole.Shared);
        Assert.Contains(repo.All, p => p.Role == ModuleRole.Contracts);
        Assert.Contains(repo.All, p => p.Role == ModuleRole.Implementation);
        Assert.NotEmpty(repo.Plugins);
    }

    [Fact]
    public void ModuleAssemblies_EveryModuleProject_BuiltNextToTests()
    {
        Verdict.NoViolations(
            "Module assemblies next to the tests (add a ProjectReference in Hotline.ArchitectureTests.csproj)",
            ModuleAssemblies.Missing().Select(p => $"{p}: no {p.Name}.dll in {AppContext.BaseDirectory}"));
    }

    [Fact]
    public void Classification_RealLayout_MatchesFolders()
    {
        var layout = FakeLayout.Projects;

        Assert.Equal(ModuleRole.Shared, layout.ByName("Hotline.BuildingBlocks")!.Role);
        Assert.Equal(ModuleRole.Implementation, layout.ByName("Hotline.Storage")!.Role);
        Assert.Equal("Storage", layout.ByName("Hotline.Storage")!.Module);
        Assert.Equal(ModuleRole.Contracts, layout.ByName("Hotline.Tickets.Contracts")!.Role);
        Assert.Equal("Tickets", layout.ByName("Hotline.Tickets")!.Module);
        Assert.Equal(ProjectArea.Plugin, layout.ByName("Hotline.Plugins.Cleaning")!.Area);
        Assert.Null(layout.ByName("Hotline.Plugins.Cleaning")!.Role);
    }
}
