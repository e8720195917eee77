namespace Hotline.ArchitectureTests.Rules;

/// <summary>
/// No cycle between modules, through any reference (an implementation calling another module through its Contracts
/// counts like any other): a cycle means neither module can be built, understood or changed without the other. A
/// lower module that must reach a higher one defines an abstraction in its Contracts that the higher one implements.
/// Every cycle the depth-first walk closes is reported once, as its path ("A -> B -> A") starting at its smallest
/// name; a graph with any cycle yields at least one report.
/// </summary>
public static class ModuleCycleRules
{
    public static IEnumerable<string> Check(ModuleGraph graph)
    {
        var state = new Dictionary<string, bool>(StringComparer.Ordinal); // false: on the current path; true: done.
        var path = new List<string>();
        var found = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var node in graph.Nodes)
        {
            Visit(node, graph, state, path, found);
        }

        return found.Select(cycle => $"modules depend on each other in a cycle: {cycle}");
    }

    private static void Visit(string node, ModuleGraph graph, Dictionary<string, bool> state, List<string> path, SortedSet<string> found)
    {
        if (state.TryGetValue(node, out var done))
        {
            if (!done)
            {
                found.Add(Describe(path[path.IndexOf(node)..]));
            }

            return;
        }

        state[node] = false;
        path.Add(node);
        foreach (var next in graph.DependenciesOf(node))
        {
            Visit(next, graph, state, path, found);
        }

        path.RemoveAt(path.Count - 1);
        state[node] = true;
    }

    /// <summary>The cycle rotated to start at its smallest node, so one cycle reads the same however it was found.</summary>
    private static string Describe(List<string> cycle)
    {
        var start = cycle.IndexOf(cycle.Min(StringComparer.Ordinal)!);
        var rotated = cycle[start..].Concat(cycle[..start]).ToList();
        return string.Join(" -> ", rotated.Append(rotated[0]));
    }
}
