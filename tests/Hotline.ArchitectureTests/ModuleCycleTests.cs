using Hotline.ArchitectureTests.MsBuild;
using Hotline.ArchitectureTests.Repository;
using Hotline.ArchitectureTests.Rules;
using Hotline.ArchitectureTests.Support;

namespace Hotline.ArchitectureTests;

/// <summary>No cycle between modules (module = folder under modules/), from declared project references.</summary>
public sealed class ModuleCycleTests
{
    [Fact]
    public void ModuleGraph_LayeringReferences_NoCycle()
    {
        var repo = RepoProjects.Current;

        var graph = ModuleGraph.Build(repo, p => MsBuildProjectReader.Read(p.FullPath), ModuleCycleRules.IsLayering);

        Assert.Contains("Hotline.Kernel", graph.Nodes);
        Verdict.NoViolations("Module cycles", ModuleCycleRules.Check(graph));
    }

    [Fact]
    public void ModuleCycleRule_ThreeModuleCycle_NamedFromSmallestModule()
    {
        var graph = new ModuleGraph();
        graph.Add("Tickets", "Escalation");
        graph.Add("Escalation", "Notifications");
        graph.Add("Notifications", "Tickets");
        graph.Add("Tickets", "Hotline.Kernel");

        Assert.Equal(
            ["modules depend on each other in a cycle: Escalation -> Notifications -> Tickets -> Escalation"],
            ModuleCycleRules.Check(graph).ToList());
    }

    [Fact]
    public void ModuleCycleRule_DiamondWithoutCycle_NothingReported()
    {
        var graph = new ModuleGraph();
        graph.Add("Tickets", "Organization");
        graph.Add("Tickets", "Escalation");
        graph.Add("Organization", "Hotline.Kernel");
        graph.Add("Escalation", "Hotline.Kernel");

        Assert.Empty(ModuleCycleRules.Check(graph));
    }

    [Fact]
    public void ModuleCycleRule_ContractsReferencingEachOther_Reported()
    {
        using var tree = TwoProjects(
            ("Tickets/Hotline.Tickets.Contracts/Hotline.Tickets.Contracts.csproj", "..\\..\\Organization\\Hotline.Organization.Contracts\\Hotline.Organization.Contracts.csproj"),
            ("Organization/Hotline.Organization.Contracts/Hotline.Organization.Contracts.csproj", "..\\..\\Tickets\\Hotline.Tickets.Contracts\\Hotline.Tickets.Contracts.csproj"));

        var graph = Graph(tree, ModuleCycleRules.IsLayering);

        Verdict.Reports(ModuleCycleRules.Check(graph), "cycle: Organization -> Tickets -> Organization");
    }

    [Fact]
    public void ModuleCycleRule_SharedProjectBackIntoModule_Reported()
    {
        using var tree = TwoProjects(
            ("Organization/Hotline.Organization/Hotline.Organization.csproj", "..\\..\\Hotline.BuildingBlocks\\Hotline.BuildingBlocks.csproj"),
            ("Hotline.BuildingBlocks/Hotline.BuildingBlocks.csproj", "..\\Organization\\Hotline.Organization.Contracts\\Hotline.Organization.Contracts.csproj"));

        var graph = Graph(tree, ModuleCycleRules.IsLayering);

        Verdict.Reports(ModuleCycleRules.Check(graph), "cycle: Hotline.BuildingBlocks -> Organization -> Hotline.BuildingBlocks");
    }

    [Fact]
    public void ModuleCycleRule_ImplementationsCallingThroughContracts_NoLayeringEdge()
    {
        using var tree = TwoProjects(
            ("Tickets/Hotline.Tickets/Hotline.Tickets.csproj", "..\\..\\Organization\\Hotline.Organization.Contracts\\Hotline.Organization.Contracts.csproj"),
            ("Organization/Hotline.Organization/Hotline.Organization.csproj", "..\\..\\Tickets\\Hotline.Tickets.Contracts\\Hotline.Tickets.Contracts.csproj"));

        var layering = Graph(tree, ModuleCycleRules.IsLayering);
        var all = Graph(tree, (_, _) => true);

        Assert.Empty(ModuleCycleRules.Check(layering));
        Verdict.Reports(ModuleCycleRules.Check(all), "cycle: Organization -> Tickets -> Organization");
    }

    /// <summary>A fake repository of two module projects (paths under modules/), each referencing one other project.</summary>
    private static TempTree TwoProjects((string Path, string Reference) first, (string Path, string Reference) second)
    {
        var tree = FakeRepository.Create();
        foreach (var (path, reference) in new[] { first, second })
        {
            tree.Write($"modules/{path}", FakeRepository.Project($"""<ProjectReference Include="{reference}" />"""));
        }

        return tree;
    }

    private static ModuleGraph Graph(TempTree tree, Func<RepoProject, RepoProject, bool> counts) =>
        ModuleGraph.Build(new RepoProjects(tree.Root), p => MsBuildProjectReader.Read(p.FullPath), counts);
}
