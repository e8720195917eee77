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
        using var tree = FakeRepository.Create();
        tree.Write(
            "modules/Tickets/Hotline.Tickets.Contracts/Hotline.Tickets.Contracts.csproj",
            FakeRepository.Project("""<ProjectReference Include="..\..\Organization\Hotline.Organization.Contracts\Hotline.Organization.Contracts.csproj" />"""));
        tree.Write(
            "modules/Organization/Hotline.Organization.Contracts/Hotline.Organization.Contracts.csproj",
            FakeRepository.Project("""<ProjectReference Include="..\..\Tickets\Hotline.Tickets.Contracts\Hotline.Tickets.Contracts.csproj" />"""));
        var repo = new RepoProjects(tree.Root);

        var graph = ModuleGraph.Build(repo, p => MsBuildProjectReader.Read(p.FullPath), ModuleCycleRules.IsLayering);

        Verdict.Reports(ModuleCycleRules.Check(graph), "cycle: Organization -> Tickets -> Organization");
    }

    [Fact]
    public void ModuleCycleRule_SharedProjectBackIntoModule_Reported()
    {
        using var tree = FakeRepository.Create();
        tree.Write(
            "modules/Organization/Hotline.Organization/Hotline.Organization.csproj",
            FakeRepository.Project("""<ProjectReference Include="..\..\Hotline.Hosting\Hotline.Hosting.csproj" />"""));
        tree.Write(
            "modules/Hotline.Hosting/Hotline.Hosting.csproj",
            FakeRepository.Project("""<ProjectReference Include="..\Organization\Hotline.Organization.Contracts\Hotline.Organization.Contracts.csproj" />"""));
        var repo = new RepoProjects(tree.Root);

        var graph = ModuleGraph.Build(repo, p => MsBuildProjectReader.Read(p.FullPath), ModuleCycleRules.IsLayering);

        Verdict.Reports(ModuleCycleRules.Check(graph), "cycle: Hotline.Hosting -> Organization -> Hotline.Hosting");
    }

    [Fact]
    public void ModuleCycleRule_ImplementationsCallingThroughContracts_NoLayeringEdge()
    {
        using var tree = FakeRepository.Create();
        tree.Write(
            "modules/Tickets/Hotline.Tickets/Hotline.Tickets.csproj",
            FakeRepository.Project("""<ProjectReference Include="..\..\Organization\Hotline.Organization.Contracts\Hotline.Organization.Contracts.csproj" />"""));
        tree.Write(
            "modules/Organization/Hotline.Organization/Hotline.Organization.csproj",
            FakeRepository.Project("""<ProjectReference Include="..\..\Tickets\Hotline.Tickets.Contracts\Hotline.Tickets.Contracts.csproj" />"""));
        var repo = new RepoProjects(tree.Root);

        var layering = ModuleGraph.Build(repo, p => MsBuildProjectReader.Read(p.FullPath), ModuleCycleRules.IsLayering);
        var all = ModuleGraph.Build(repo, p => MsBuildProjectReader.Read(p.FullPath), (_, _) => true);

        Assert.Empty(ModuleCycleRules.Check(layering));
        Verdict.Reports(ModuleCycleRules.Check(all), "cycle: Organization -> Tickets -> Organization");
    }
}
