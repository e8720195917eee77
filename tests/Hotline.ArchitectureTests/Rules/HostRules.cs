using Hotline.ArchitectureTests.MsBuild;
using Hotline.ArchitectureTests.Repository;

namespace Hotline.ArchitectureTests.Rules;

/// <summary>Rule 4: nothing under modules/ or plugins/ references the host (project or assembly).</summary>
public static class HostRules
{
    public static IEnumerable<string> CheckProject(RepoProject from, MsBuildProject project, RepoProjects repo)
    {
        foreach (var reference in project.ItemsOf("ProjectReference"))
        {
            var targets = project.ResolvePaths(reference);
            if (targets.Count == 0)
            {
                yield return $"{from}: cannot resolve ProjectReference '{reference.Include}' ({repo.Relative(reference.DeclaredIn)}), so cannot tell it is not the host";
            }

            foreach (var target in targets.Where(t => repo.ByPath(t) is { IsHost: true } || IsHostFile(t)))
            {
                yield return $"{from}: references the host {repo.Relative(target)} (ProjectReference in {repo.Relative(reference.DeclaredIn)})";
            }
        }

        foreach (var raw in project.ItemsOf("Reference").Where(r => NamesHostAssembly(r.Include)))
        {
            yield return $"{from}: references the host assembly '{raw.Include}' ({repo.Relative(raw.DeclaredIn)})";
        }
    }

    public static IEnumerable<string> CheckAssembly(string label, IEnumerable<string> referencedAssemblies) =>
        referencedAssemblies
            .Where(name => name == RepoProject.HostName)
            .Select(name => $"{label} references the host assembly {name}");

    // "Hotline.Host", "Hotline.Host, Version=..." or a path to Hotline.Host.dll.
    private static bool NamesHostAssembly(string include)
    {
        var name = Path.GetFileName(include.Split(',')[0].Trim().Replace('\\', '/'));
        return (name.EndsWith(".dll", StringComparison.OrdinalIgnoreCase) ? name[..^4] : name) == RepoProject.HostName;
    }

    private static bool IsHostFile(string path) =>
        Path.GetFileNameWithoutExtension(path) == RepoProject.HostName;
}
