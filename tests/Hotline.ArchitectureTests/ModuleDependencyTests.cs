using Hotline.ArchitectureTests.Metadata;
using Hotline.ArchitectureTests.MsBuild;
using Hotline.ArchitectureTests.Repository;
using Hotline.ArchitectureTests.Rules;
using Hotline.ArchitectureTests.Support;

namespace Hotline.ArchitectureTests;

/// <summary>Rule 3: modules meet only through Contracts; Contracts reference only the kernel; the kernel references no module.</summary>
public sealed class ModuleDependencyTests
{
    [Fact]
    public void ModuleProjects_DeclaredReferences_OnlyContractsOrShared()
    {
        var repo = RepoProjects.Current;
        Assert.NotEmpty(repo.Modules);
        Verdict.NoViolations(
            "Module project references",
            repo.Modules.SelectMany(m => ModuleRules.CheckProject(m, MsBuildProjectReader.Read(m.FullPath), repo)));
    }

    [Fact]
    public void ModuleAssemblies_BuiltReferences_OnlyContractsOrShared()
    {
        var repo = RepoProjects.Current;
        Verdict.NoViolations(
            "Module assembly references",
            repo.Modules
                .Where(m => File.Exists(ModuleAssemblies.PathOf(m)))
                .SelectMany(m => ModuleRules.CheckAssembly(m, AssemblyReferences.Read(ModuleAssemblies.PathOf(m)), repo)));
    }

    [Theory]
    [InlineData("Hotline.Organization", "Hotline.Organization.Contracts", true)]
    [InlineData("Hotline.Organization", "Hotline.Tickets.Contracts", true)]
    [InlineData("Hotline.Organization", "Hotline.BuildingBlocks", true)]
    [InlineData("Hotline.Organization", "Hotline.Plugins.Abstractions", true)]
    [InlineData("Hotline.Tickets.Contracts", "Hotline.Organization.Contracts", false)]
    [InlineData("Hotline.Attachments.Contracts", "Hotline.Tickets.Contracts", false)]
    [InlineData("Hotline.Tickets.Contracts", "Hotline.Kernel", true)]
    [InlineData("Hotline.Tickets.Contracts", "Hotline.BuildingBlocks", false)]
    [InlineData("Hotline.Tickets.Contracts", "Hotline.Plugins.Abstractions", false)]
    [InlineData("Hotline.Tickets", "Hotline.Kernel", true)]
    [InlineData("Hotline.Kernel", "Hotline.Tickets.Contracts", false)]
    [InlineData("Hotline.Kernel", "Hotline.Tickets", false)]
    [InlineData("Hotline.Kernel", "Hotline.BuildingBlocks", false)]
    [InlineData("Hotline.Tickets", "Hotline.Organization", false)]
    [InlineData("Hotline.Tickets", "Hotline.Storage", false)]
    [InlineData("Hotline.Tickets", "Hotline.Host", false)]
    [InlineData("Hotline.Organization.Contracts", "Hotline.Organization", false)]
    [InlineData("Hotline.Tickets.Contracts", "Hotline.Organization", false)]
    [InlineData("Hotline.BuildingBlocks", "Hotline.Tickets", false)]
    [InlineData("Hotline.Tickets", "Hotline.Plugins.Cleaning", false)]
    [InlineData("Hotline.Attachments", "Hotline.Attachments.Contracts", true)]
    [InlineData("Hotline.Attachments", "Hotline.Tickets.Contracts", true)]
    [InlineData("Hotline.Attachments", "Hotline.Tickets", false)]
    [InlineData("Hotline.Tickets", "Hotline.Attachments", false)]
    [InlineData("Hotline.Attachments.Contracts", "Hotline.Attachments", false)]
    public void Forbidden_ModuleReference_Expected(string from, string to, bool allowed)
    {
        var repo = FakeLayout.Projects;

        var reason = ModuleRules.Forbidden(repo.ByName(from)!, repo.ByName(to)!);

        Assert.True(allowed == reason is null, $"{from} -> {to}: {reason ?? "allowed"}");
    }

    [Fact]
    public void ModuleProjectRule_ImplementationAndStorageReferences_Reported()
    {
        using var tree = FakeRepository.Create();
        var path = tree.Write(
            "modules/Tickets/Hotline.Tickets/Hotline.Tickets.csproj",
            FakeRepository.Project("""
                <ProjectReference Include="..\Hotline.Tickets.Contracts\Hotline.Tickets.Contracts.csproj" />
                <ProjectReference Include="..\..\Organization\Hotline.Organization\Hotline.Organization.csproj" />
                <ProjectReference Include="..\..\Storage\*\*.csproj" />
                """));
        var repo = new RepoProjects(tree.Root);

        var violations = ModuleRules.CheckProject(repo.ByPath(path)!, MsBuildProjectReader.Read(path), repo).ToList();

        Verdict.Reports(violations, "implementation of module 'Organization'", "implementation of module 'Storage'");
        Assert.DoesNotContain(violations, v => v.Contains("Hotline.Tickets.Contracts (", StringComparison.Ordinal));
    }

    [Fact]
    public void ModuleProjectRule_ContractsReferencingImplementation_Reported()
    {
        using var tree = FakeRepository.Create();
        var path = tree.Write(
            "modules/Organization/Hotline.Organization.Contracts/Hotline.Organization.Contracts.csproj",
            FakeRepository.Project("""<ProjectReference Include="..\Hotline.Organization\Hotline.Organization.csproj" />"""));
        var repo = new RepoProjects(tree.Root);

        Verdict.Reports(
            ModuleRules.CheckProject(repo.ByPath(path)!, MsBuildProjectReader.Read(path), repo),
            "Hotline.Organization.Contracts (modules/Organization/Hotline.Organization.Contracts/Hotline.Organization.Contracts.csproj): is a Contracts project but references the implementation project Hotline.Organization");
    }

    [Fact]
    public void ModuleProjectRule_ContractsReferencingOtherContracts_Reported()
    {
        using var tree = FakeRepository.Create();
        var path = tree.Write(
            "modules/Tickets/Hotline.Tickets.Contracts/Hotline.Tickets.Contracts.csproj",
            FakeRepository.Project("""
                <ProjectReference Include="..\..\Hotline.Kernel\Hotline.Kernel.csproj" />
                <ProjectReference Include="..\..\Organization\Hotline.Organization.Contracts\Hotline.Organization.Contracts.csproj" />
                """));
        var repo = new RepoProjects(tree.Root);

        var violations = ModuleRules.CheckProject(repo.ByPath(path)!, MsBuildProjectReader.Read(path), repo).ToList();

        Verdict.Reports(
            violations,
            "Hotline.Tickets.Contracts (modules/Tickets/Hotline.Tickets.Contracts/Hotline.Tickets.Contracts.csproj): is a Contracts project but references Hotline.Organization.Contracts (modules/Organization/Hotline.Organization.Contracts/Hotline.Organization.Contracts.csproj); a Contracts project references only Hotline.Kernel");
        Assert.Single(violations);
    }

    [Fact]
    public void ModuleProjectRule_KernelReferencingModule_Reported()
    {
        using var tree = FakeRepository.Create();
        var path = tree.Write(
            "modules/Hotline.Kernel/Hotline.Kernel.csproj",
            FakeRepository.Project("""<ProjectReference Include="..\Organization\Hotline.Organization.Contracts\Hotline.Organization.Contracts.csproj" />"""));
        var repo = new RepoProjects(tree.Root);

        Verdict.Reports(
            ModuleRules.CheckProject(repo.ByPath(path)!, MsBuildProjectReader.Read(path), repo),
            "Hotline.Kernel (modules/Hotline.Kernel/Hotline.Kernel.csproj): is the shared kernel but references Hotline.Organization.Contracts (");
    }

    [Fact]
    public void KernelProject_RealTree_ReferencesNoProject()
    {
        var kernel = RepoProjects.Current.ByName(RepoProject.KernelName);

        Assert.NotNull(kernel);
        Assert.Equal(ModuleRole.Shared, kernel.Role);
        Assert.Empty(MsBuildProjectReader.Read(kernel.FullPath).ItemsOf("ProjectReference"));
    }

    [Fact]
    public void ModuleAssemblyRule_ForbiddenAndUnknownHotlineAssemblies_Reported()
    {
        var repo = FakeLayout.Projects;

        Verdict.Reports(
            ModuleRules.CheckAssembly(repo.ByName("Hotline.Tickets")!, ["System.Runtime", "Orleans.Core", "Hotline.Organization", "Hotline.Mystery"], repo),
            "Hotline.Tickets.dll (from modules/Tickets/Hotline.Tickets/Hotline.Tickets.csproj) references Hotline.Organization (",
            "references Hotline.Mystery, which is no project");
    }
}
