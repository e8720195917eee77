using Hotline.ArchitectureTests.Metadata;
using Hotline.ArchitectureTests.MsBuild;
using Hotline.ArchitectureTests.Repository;
using Hotline.ArchitectureTests.Rules;
using Hotline.ArchitectureTests.Support;

namespace Hotline.ArchitectureTests;

/// <summary>Rule 4: nothing under modules/ or plugins/ references host/Hotline.Host.</summary>
public sealed class HostReferenceTests
{
    private static IEnumerable<RepoProject> ModulesAndPlugins => RepoProjects.Current.Modules.Concat(RepoProjects.Current.Plugins);

    [Fact]
    public void ModuleAndPluginProjects_DeclaredReferences_NeverHost()
    {
        var repo = RepoProjects.Current;
        Verdict.NoViolations(
            "Host references in project files",
            ModulesAndPlugins.SelectMany(p => HostRules.CheckProject(p, MsBuildProjectReader.Read(p.FullPath), repo)));
    }

    [Fact]
    public void ModuleAndPluginAssemblies_BuiltReferences_NeverHost()
    {
        var built = RepoProjects.Current.Modules.Select(m => (Project: m, Dll: ModuleAssemblies.PathOf(m)))
            .Concat(RepoProjects.Current.Plugins.Select(p => (Project: p, Dll: PluginPaths.Assembly(p))))
            .ToList();
        var missing = built.Where(b => !File.Exists(b.Dll)).Select(b => $"{b.Project}: no built assembly at {b.Dll}");

        Verdict.NoViolations(
            "Host references in built assemblies",
            missing.Concat(built
                .Where(b => File.Exists(b.Dll))
                .SelectMany(b => HostRules.CheckAssembly($"{b.Project.Name}.dll ({b.Project.RelativePath})", AssemblyReferences.Read(b.Dll)))));
    }

    [Fact]
    public void HostProjectRule_ReferencesToHost_Reported()
    {
        using var tree = FakeRepository.Create();
        var path = tree.Write(
            "modules/Tickets/Hotline.Tickets/Hotline.Tickets.csproj",
            FakeRepository.Project("""
                <ProjectReference Include="..\..\..\host\Hotline.Host\Hotline.Host.csproj" />
                <Reference Include="..\..\..\host\Hotline.Host\bin\Hotline.Host.dll" />
                <Reference Include="Hotline.BuildingBlocks" />
                """));
        var repo = new RepoProjects(tree.Root);

        var violations = HostRules.CheckProject(repo.ByPath(path)!, MsBuildProjectReader.Read(path), repo).ToList();

        Verdict.Reports(violations, "references the host host/Hotline.Host/Hotline.Host.csproj", "references the host assembly '..\\..\\..\\host");
        Assert.Equal(2, violations.Count);
    }

    [Fact]
    public void HostAssemblyRule_HostReference_Reported()
    {
        Verdict.Reports(
            HostRules.CheckAssembly("Hotline.Plugins.Bad.dll", ["System.Runtime", "Hotline.BuildingBlocks", "Hotline.Host"]),
            "Hotline.Plugins.Bad.dll references the host assembly Hotline.Host");
    }
}
