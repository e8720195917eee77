using Hotline.ArchitectureTests.MsBuild;
using Hotline.ArchitectureTests.Repository;
using Hotline.ArchitectureTests.Rules;
using Hotline.ArchitectureTests.Support;

namespace Hotline.ArchitectureTests;

/// <summary>
/// Issue 9: no cycle between modules (module = folder under modules/), through any declared project reference: an
/// implementation using another module's Contracts counts as much as a Contracts project referencing one.
/// </summary>
public sealed class ModuleCycleTests
{
    [Fact]
    public void ModuleGraph_AllReferences_NoCycle()
    {
        var graph = ModuleGraph.Build(RepoProjects.Current, p => MsBuildProjectReader.Read(p.FullPath));

        Assert.Contains("Hotline.Kernel", graph.Nodes);
        // The graph holds implementation-to-Contracts edges: Security's implementation reads the staff directory.
        Assert.Contains("Organization", graph.DependenciesOf("Security"));
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
        using var tree = Projects(
            ("Tickets/Hotline.Tickets.Contracts/Hotline.Tickets.Contracts.csproj", "..\\..\\Organization\\Hotline.Organization.Contracts\\Hotline.Organization.Contracts.csproj"),
            ("Organization/Hotline.Organization.Contracts/Hotline.Organization.Contracts.csproj", "..\\..\\Tickets\\Hotline.Tickets.Contracts\\Hotline.Tickets.Contracts.csproj"));

        Verdict.Reports(ModuleCycleRules.Check(Graph(tree)), "cycle: Organization -> Tickets -> Organization");
    }

    [Fact]
    public void ModuleCycleRule_SharedProjectBackIntoModule_Reported()
    {
        using var tree = Projects(
            ("Organization/Hotline.Organization/Hotline.Organization.csproj", "..\\..\\Hotline.BuildingBlocks\\Hotline.BuildingBlocks.csproj"),
            ("Hotline.BuildingBlocks/Hotline.BuildingBlocks.csproj", "..\\Organization\\Hotline.Organization.Contracts\\Hotline.Organization.Contracts.csproj"));

        Verdict.Reports(ModuleCycleRules.Check(Graph(tree)), "cycle: Hotline.BuildingBlocks -> Organization -> Hotline.BuildingBlocks");
    }

    [Fact]
    public void ModuleCycleRule_ImplementationsCallingEachOtherThroughContracts_Reported()
    {
        // Each project graph alone is acyclic (MSBuild builds it); the modules still depend on each other.
        using var tree = Projects(
            ("Tickets/Hotline.Tickets/Hotline.Tickets.csproj", "..\\..\\Organization\\Hotline.Organization.Contracts\\Hotline.Organization.Contracts.csproj"),
            ("Organization/Hotline.Organization/Hotline.Organization.csproj", "..\\..\\Tickets\\Hotline.Tickets.Contracts\\Hotline.Tickets.Contracts.csproj"));

        Assert.Equal(
            ["modules depend on each other in a cycle: Organization -> Tickets -> Organization"],
            ModuleCycleRules.Check(Graph(tree)).ToList());
    }

    [Fact]
    public void ModuleCycleRule_ImplementationsCallingOneWayThroughContracts_NothingReported()
    {
        // Tickets uses Organization's Contracts and its own; Organization uses only its own: one direction, no cycle.
        using var tree = Projects(
            ("Tickets/Hotline.Tickets/Hotline.Tickets.csproj", "..\\..\\Organization\\Hotline.Organization.Contracts\\Hotline.Organization.Contracts.csproj"),
            ("Tickets/Hotline.Tickets/Hotline.Tickets.csproj", "..\\Hotline.Tickets.Contracts\\Hotline.Tickets.Contracts.csproj"),
            ("Organization/Hotline.Organization/Hotline.Organization.csproj", "..\\Hotline.Organization.Contracts\\Hotline.Organization.Contracts.csproj"));

        var graph = Graph(tree);

        Assert.Equal(["Organization"], graph.DependenciesOf("Tickets"));
        Assert.Empty(ModuleCycleRules.Check(graph));
    }

    /// <summary>A fake repository of module projects (paths under modules/), each with the references listed for it.</summary>
    private static TempTree Projects(params (string Path, string Reference)[] references)
    {
        var tree = FakeRepository.Create();
        foreach (var project in references.GroupBy(r => r.Path))
        {
            var items = string.Concat(project.Select(r => $"""<ProjectReference Include="{r.Reference}" />"""));
            tree.Write($"modules/{project.Key}", FakeRepository.Project(items));
        }

        return tree;
    }

    private static ModuleGraph Graph(TempTree tree) =>
        ModuleGraph.Build(new RepoProjects(tree.Root), p => MsBuildProjectReader.Read(p.FullPath));
}
