using Hotline.ArchitectureTests.MsBuild;
using Hotline.ArchitectureTests.Repository;
using Hotline.ArchitectureTests.Support;

namespace Hotline.ArchitectureTests;

/// <summary>The project-file reader the reference rules stand on: imports, properties, wildcards, problems.</summary>
public sealed class MsBuildProjectReaderTests
{
    [Fact]
    public void Read_RealPluginProject_InheritsAbstractionsAndKitFromPluginsProps()
    {
        var plugin = RepoProjects.Current.Plugins.First();

        var project = MsBuildProjectReader.Read(plugin.FullPath);

        Assert.Empty(project.Problems);
        Assert.Contains(Path.Combine(RepoRoot.Path, "plugins", "Directory.Build.props"), project.Files);
        Assert.Contains(Path.Combine(RepoRoot.Path, "Directory.Build.props"), project.Files);
        var names = project.ItemsOf("ProjectReference").Select(r => RepoProjects.Current.ByPath(Assert.Single(project.ResolvePaths(r)))?.Name);
        Assert.Equal([RepoProject.AbstractionsName, RepoProject.KitName], names);
    }

    [Fact]
    public void Read_WildcardProjectReference_ExpandsToEveryMatch()
    {
        using var tree = FakeRepository.Create();
        var path = tree.Write("tools/Tool/Tool.csproj", FakeRepository.Project("""<ProjectReference Include="..\..\modules\**\*.Contracts.csproj" />"""));

        var project = MsBuildProjectReader.Read(path);

        var names = project.ResolvePaths(Assert.Single(project.ItemsOf("ProjectReference"))).Select(Path.GetFileNameWithoutExtension);
        Assert.Equal(["Hotline.Organization.Contracts", "Hotline.Tickets.Contracts"], names.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Read_UnresolvableImport_ReportedAsProblem()
    {
        using var tree = FakeRepository.Create();
        var path = tree.Write("tools/Tool/Tool.csproj", """
            <Project Sdk="Microsoft.NET.Sdk">
              <Import Project="$(SomewhereElse)/refs.props" />
              <Import Project="missing.props" />
              <Import Project="optional.props" Condition="Exists('optional.props')" />
            </Project>
            """);

        var problems = MsBuildProjectReader.Read(path).Problems;

        Assert.Equal(2, problems.Count);
        Assert.Contains(problems, p => p.Contains("$(SomewhereElse)/refs.props", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("missing.props", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_ChooseAndConditionalItems_AllCounted()
    {
        using var tree = FakeRepository.Create();
        var path = tree.Write("tools/Tool/Tool.csproj", """
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup><Extra>Microsoft.Orleans.Sdk</Extra></PropertyGroup>
              <ItemGroup Condition="'$(Configuration)' == 'Release'"><PackageReference Include="$(Extra)" /></ItemGroup>
              <Choose><When Condition="true"><ItemGroup><PackageReference Include="A;B" /></ItemGroup></When></Choose>
            </Project>
            """);

        var packages = MsBuildProjectReader.Read(path).ItemsOf("PackageReference").Select(p => p.Include);

        Assert.Equal(["A", "B", "Microsoft.Orleans.Sdk"], packages.Order(StringComparer.Ordinal));
    }
}
