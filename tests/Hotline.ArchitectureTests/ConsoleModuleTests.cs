using Hotline.ArchitectureTests.MsBuild;
using Hotline.ArchitectureTests.Repository;

namespace Hotline.ArchitectureTests;

/// <summary>
/// Issue 13: the console shows and does only what the API would, so it reaches the modules through their contracts
/// (the access policy included) and never through an implementation that could bypass their rules.
/// </summary>
public sealed class ConsoleModuleTests
{
    [Fact]
    public void WebConsole_ReferencesOnlyContractsAndTheSharedKernel()
    {
        var console = RepoProjects.Current.ByName("Hotline.WebConsole");
        Assert.NotNull(console);
        var references = MsBuildProjectReader.Read(console.FullPath).ItemsOf("ProjectReference")
            .Select(r => Path.GetFileNameWithoutExtension(r.Include.Replace('\\', '/')))
            .ToList();

        Assert.Contains("Hotline.Security.Contracts", references);
        Assert.All(references, name => Assert.True(
            name.EndsWith(".Contracts", StringComparison.Ordinal) || name is "Hotline.Kernel" or "Hotline.BuildingBlocks",
            $"the console references {name}: only *.Contracts, the kernel and the hosting helpers"));
    }
}
