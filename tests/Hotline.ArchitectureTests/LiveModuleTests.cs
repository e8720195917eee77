using Hotline.ArchitectureTests.Metadata;
using Hotline.ArchitectureTests.MsBuild;
using Hotline.ArchitectureTests.Repository;
using Hotline.ArchitectureTests.Rules;
using Hotline.ArchitectureTests.Support;

namespace Hotline.ArchitectureTests;

/// <summary>Live (issue 13) follows the module rules: grains publish through Hotline.Live.Contracts only; only the host wires Hotline.Live.</summary>
public sealed class LiveModuleTests
{
    private const string Live = "Hotline.Live";
    private const string LiveContracts = "Hotline.Live.Contracts";

    private static readonly RepoProjects Layout = new(
        Path.Combine(Path.GetTempPath(), "hotline-fake-layout"),
        [
            "modules/Hotline.Kernel/Hotline.Kernel.csproj",
            "modules/Live/Hotline.Live.Contracts/Hotline.Live.Contracts.csproj",
            "modules/Live/Hotline.Live/Hotline.Live.csproj",
            "modules/Tickets/Hotline.Tickets.Contracts/Hotline.Tickets.Contracts.csproj",
            "modules/Tickets/Hotline.Tickets/Hotline.Tickets.csproj",
        ]);

    [Theory]
    [InlineData("Hotline.Tickets", LiveContracts, true)]
    [InlineData("Hotline.Tickets", Live, false)]
    [InlineData(Live, LiveContracts, true)]
    [InlineData(Live, "Hotline.Tickets", false)]
    [InlineData(LiveContracts, Live, false)]
    [InlineData(LiveContracts, "Hotline.Tickets.Contracts", false)]
    [InlineData(LiveContracts, "Hotline.Kernel", true)]
    public void Forbidden_LiveReference_Expected(string from, string to, bool allowed)
    {
        var reason = ModuleRules.Forbidden(Layout.ByName(from)!, Layout.ByName(to)!);

        Assert.True(allowed == reason is null, $"{from} -> {to}: {reason ?? "allowed"}");
    }

    [Fact]
    public void LiveProjects_InTheRealTree_AreTheLiveModulesImplementationAndContracts()
    {
        var repo = RepoProjects.Current;

        Assert.Equal(("Live", ModuleRole.Implementation), (repo.ByName(Live)?.Module, repo.ByName(Live)?.Role));
        Assert.Equal(("Live", ModuleRole.Contracts), (repo.ByName(LiveContracts)?.Module, repo.ByName(LiveContracts)?.Role));
    }

    [Fact]
    public void OtherModules_ReachLive_OnlyThroughItsContracts_AndThePublishersDo()
    {
        var repo = RepoProjects.Current;
        var others = repo.Modules.Where(m => m.Module != "Live").ToList();
        var declared = others.ToDictionary(
            m => m.Name,
            m =>
            {
                var project = MsBuildProjectReader.Read(m.FullPath);
                return project.ItemsOf("ProjectReference").SelectMany(project.ResolvePaths).Select(p => repo.ByPath(p)?.Name).ToList();
            });
        var built = others.Where(m => File.Exists(ModuleAssemblies.PathOf(m))).ToDictionary(m => m.Name, m => AssemblyReferences.Read(ModuleAssemblies.PathOf(m)));

        Verdict.NoViolations(
            "References to the Live implementation",
            declared.Where(d => d.Value.Contains(Live)).Select(d => $"{d.Key} references {Live} (project)")
                .Concat(built.Where(b => b.Value.Contains(Live)).Select(b => $"{b.Key}.dll references {Live}")));
        // The rule is not vacuous: the modules whose grains publish do reference the contracts.
        Assert.All(new[] { "Hotline.Tickets", "Hotline.Escalation", "Hotline.Notifications" }, name => Assert.Contains(LiveContracts, declared[name]));
    }
}
