using Hotline.ArchitectureTests.Metadata;
using Hotline.ArchitectureTests.MsBuild;
using Hotline.ArchitectureTests.Repository;
using Hotline.ArchitectureTests.Rules;
using Hotline.ArchitectureTests.Support;

namespace Hotline.ArchitectureTests;

/// <summary>Rule 2: the abstractions plugins see stay free of Orleans and of every other Hotline assembly.</summary>
public sealed class AbstractionsTests
{
    private static RepoProject Abstractions =>
        RepoProjects.Current.ByName(RepoProject.AbstractionsName)
        ?? throw new InvalidOperationException($"No {RepoProject.AbstractionsName} project under {RepoRoot.Path}.");

    [Fact]
    public void AbstractionsProject_DeclaredReferences_NoOrleansNoHotline()
    {
        Verdict.NoViolations(
            "Abstractions project references",
            AbstractionsRules.CheckProject(MsBuildProjectReader.Read(Abstractions.FullPath), RepoProjects.Current));
    }

    [Fact]
    public void AbstractionsAssembly_BuiltReferences_NoOrleansNoHotline()
    {
        Verdict.NoViolations(
            "Abstractions assembly references",
            AbstractionsRules.CheckAssembly(Abstractions.Name, AssemblyReferences.Read(ModuleAssemblies.PathOf(Abstractions))));
    }

    [Fact]
    public void AbstractionsRestoreGraph_Packages_NoOrleansEvenTransitively()
    {
        var assets = Path.Combine(Abstractions.Directory, "obj", "project.assets.json");
        Assert.True(File.Exists(assets), $"{assets} is missing: restore {Abstractions.RelativePath} first.");

        Verdict.NoViolations(
            "Abstractions restore graph",
            AbstractionsRules.CheckRestoreGraph(File.ReadAllText(assets), Abstractions.ToString()));
    }

    [Fact]
    public void AbstractionsProjectRule_OrleansAndProjectReference_Reported()
    {
        using var tree = FakeRepository.Create();
        var path = tree.Write(
            "modules/Hotline.Plugins.Abstractions/Hotline.Plugins.Abstractions.csproj",
            FakeRepository.Project("""
                <PackageReference Include="Microsoft.Orleans.Core.Abstractions" />
                <ProjectReference Include="..\Hotline.BuildingBlocks\Hotline.BuildingBlocks.csproj" />
                """));

        Verdict.Reports(
            AbstractionsRules.CheckProject(MsBuildProjectReader.Read(path), new RepoProjects(tree.Root)),
            "PackageReference 'Microsoft.Orleans.Core.Abstractions'",
            "ProjectReference '..\\Hotline.BuildingBlocks\\Hotline.BuildingBlocks.csproj'");
    }

    [Fact]
    public void AbstractionsAssemblyRule_ModuleAssemblyChecked_ReportsOrleansAndHotline()
    {
        var contracts = Path.Combine(AppContext.BaseDirectory, "Hotline.Tickets.dll");

        Verdict.Reports(
            AbstractionsRules.CheckAssembly("Hotline.Tickets", AssemblyReferences.Read(contracts)),
            "references Orleans.Core",
            "references Hotline.Plugins.Abstractions");
    }

    [Fact]
    public void AbstractionsRestoreGraphRule_TransitiveOrleansAndProject_Reported()
    {
        const string assets = """
            {
              "libraries": {
                "Microsoft.Extensions.Logging.Abstractions/10.0.5": { "type": "package" },
                "Microsoft.Orleans.Serialization.Abstractions/10.4.2": { "type": "package" },
                "Hotline.BuildingBlocks/0.1.0": { "type": "project" }
              }
            }
            """;

        Verdict.Reports(
            AbstractionsRules.CheckRestoreGraph(assets, "Hotline.Plugins.Abstractions"),
            "package Microsoft.Orleans.Serialization.Abstractions/10.4.2",
            "project Hotline.BuildingBlocks");
    }

    private static RepoProject Kit =>
        RepoProjects.Current.ByName(RepoProject.KitName)
        ?? throw new InvalidOperationException($"No {RepoProject.KitName} project under {RepoRoot.Path}.");

    [Fact]
    public void KitProject_DeclaredReferences_OnlyAbstractions()
    {
        Verdict.NoViolations(
            "Kit project references",
            AbstractionsRules.CheckKitProject(MsBuildProjectReader.Read(Kit.FullPath), RepoProjects.Current));
    }

    [Fact]
    public void KitProjectRule_ModuleReference_Reported()
    {
        using var tree = FakeRepository.Create();
        tree.Write("modules/Hotline.Plugins.Abstractions/Hotline.Plugins.Abstractions.csproj", FakeRepository.Project(""));
        tree.Write("modules/Hotline.BuildingBlocks/Hotline.BuildingBlocks.csproj", FakeRepository.Project(""));
        var path = tree.Write(
            "modules/Hotline.Plugins.Kit/Hotline.Plugins.Kit.csproj",
            FakeRepository.Project("""
                <ProjectReference Include="..\Hotline.Plugins.Abstractions\Hotline.Plugins.Abstractions.csproj" />
                <ProjectReference Include="..\Hotline.BuildingBlocks\Hotline.BuildingBlocks.csproj" />
                <PackageReference Include="Microsoft.Orleans.Core" />
                """));

        var problems = AbstractionsRules.CheckKitProject(MsBuildProjectReader.Read(path), new RepoProjects(tree.Root)).ToList();

        Assert.Equal(2, problems.Count);
        Assert.Contains(problems, p => p.Contains("ProjectReference '..\\Hotline.BuildingBlocks\\Hotline.BuildingBlocks.csproj'", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("PackageReference 'Microsoft.Orleans.Core'", StringComparison.Ordinal));
    }

    [Fact]
    public void AbstractionsAssembly_ExportedTypes_ContractOnly()
    {
        Verdict.NoViolations(
            "Abstractions types",
            AbstractionsRules.CheckContractOnly(typeof(Hotline.Plugins.Abstractions.ICategoryHandler).Assembly.GetExportedTypes()));
    }

    [Fact]
    public void ContractOnlyRule_KitTypes_Reported()
    {
        var problems = AbstractionsRules.CheckContractOnly(typeof(Hotline.Plugins.Kit.KeywordCategoryHandler).Assembly.GetExportedTypes()).ToList();

        Assert.Contains(problems, p => p.StartsWith("Hotline.Plugins.Kit.KeywordCategoryHandler is neither", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("Hotline.Plugins.Kit.ChineseText is neither", StringComparison.Ordinal));
    }
}
