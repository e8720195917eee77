using Hotline.ArchitectureTests.Metadata;
using Hotline.ArchitectureTests.MsBuild;
using Hotline.ArchitectureTests.Repository;
using Hotline.ArchitectureTests.Support;

namespace Hotline.ArchitectureTests;

/// <summary>
/// The Operations module (issue 13): the Orleans Dashboard package, with the compilers and serializers it brings, stays
/// inside it, and the module reads the others' data only through contracts and Orleans (it owns no tables).
/// </summary>
public sealed class OperationsModuleTests
{
    private const string Dashboard = "Microsoft.Orleans.Dashboard";

    [Fact]
    public void DashboardPackage_ReferencedOnlyByTheOperationsModule()
    {
        var modules = RepoProjects.Current.Modules.ToList();
        var operations = Assert.Single(modules, m => m.Name == "Hotline.Operations");
        // The rule reads real package references: it sees the one it allows.
        Assert.Contains(MsBuildProjectReader.Read(operations.FullPath).ItemsOf("PackageReference"), p => p.Include == Dashboard);

        Verdict.NoViolations($"{Dashboard} outside Hotline.Operations", modules
            .Where(m => m.Name != "Hotline.Operations")
            .SelectMany(m => MsBuildProjectReader.Read(m.FullPath).ItemsOf("PackageReference")
                .Where(p => p.Include == Dashboard)
                .Select(p => $"{m}: {p}")));
    }

    [Fact]
    public void OperationsModule_OwnsNoMigrations()
    {
        var operations = ModuleAssemblies.Load().Single(m => m.Project.Name == "Hotline.Operations");

        Assert.DoesNotContain(operations.Assembly.GetManifestResourceNames(), r => r.EndsWith(".sql", StringComparison.OrdinalIgnoreCase));
    }
}
