using System.Reflection;
using Hotline.ArchitectureTests.Repository;

namespace Hotline.ArchitectureTests.Metadata;

/// <summary>
/// The built assemblies of the projects under modules/, which this test project references, so they sit
/// next to the test binaries and load by name.
/// </summary>
public static class ModuleAssemblies
{
    public static string PathOf(RepoProject project) => Path.Combine(AppContext.BaseDirectory, project.Name + ".dll");

    public static IReadOnlyList<RepoProject> Missing() =>
        RepoProjects.Current.Modules.Where(p => !File.Exists(PathOf(p))).ToList();

    /// <summary>Module projects with their loaded assembly; projects whose assembly is missing are left out (see <see cref="Missing"/>).</summary>
    public static IReadOnlyList<(RepoProject Project, Assembly Assembly)> Load() =>
        RepoProjects.Current.Modules
            .Where(p => File.Exists(PathOf(p)))
            .Select(p => (p, Assembly.Load(new AssemblyName(p.Name))))
            .ToList();
}
