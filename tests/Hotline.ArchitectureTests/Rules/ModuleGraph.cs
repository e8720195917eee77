using Hotline.ArchitectureTests.MsBuild;
using Hotline.ArchitectureTests.Repository;

namespace Hotline.ArchitectureTests.Rules;

/// <summary>
/// Modules and the modules they depend on, from declared project references. A module is a folder under
/// modules/ (all its projects are one node); a project directly under modules/ (the kernel, hosting, plugin
/// abstractions) is a node of its own. References within one module are no edge.
/// </summary>
public sealed class ModuleGraph
{
    private readonly SortedDictionary<string, SortedSet<string>> edges = new(StringComparer.Ordinal);

    /// <summary>Node names: the module folder, or the project name for a project directly under modules/.</summary>
    public static string NodeOf(RepoProject project) => project.Module ?? project.Name;

    public IEnumerable<string> Nodes => edges.Keys;

    /// <summary>
    /// Every reference between module projects, Contracts included; references the project rules already reject
    /// (outside modules/, unresolvable) are left to them.
    /// </summary>
    public static ModuleGraph Build(RepoProjects repo, Func<RepoProject, MsBuildProject> read)
    {
        var graph = new ModuleGraph();
        foreach (var from in repo.Modules)
        {
            graph.Node(NodeOf(from));
            var project = read(from);
            foreach (var path in project.ItemsOf("ProjectReference").SelectMany(project.ResolvePaths))
            {
                if (repo.ByPath(path) is { Area: ProjectArea.Module } to)
                {
                    graph.Add(NodeOf(from), NodeOf(to));
                }
            }
        }

        return graph;
    }

    public IEnumerable<string> DependenciesOf(string node) => edges.TryGetValue(node, out var to) ? to : [];

    public void Add(string from, string to)
    {
        Node(to);
        if (from != to)
        {
            Node(from).Add(to);
        }
    }

    private SortedSet<string> Node(string name)
    {
        if (!edges.TryGetValue(name, out var to))
        {
            edges[name] = to = new SortedSet<string>(StringComparer.Ordinal);
        }

        return to;
    }
}
