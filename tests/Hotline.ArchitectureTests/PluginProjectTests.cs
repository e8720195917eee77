using Hotline.ArchitectureTests.MsBuild;
using Hotline.ArchitectureTests.Repository;
using Hotline.ArchitectureTests.Rules;
using Hotline.ArchitectureTests.Support;

namespace Hotline.ArchitectureTests;

/// <summary>Rule 1, project files: a plugin's declared references, Directory.Build.props included.</summary>
public sealed class PluginProjectTests
{
    [Fact]
    public void PluginProjects_DeclaredReferences_OnlyAbstractionsAndExtensionsAbstractions()
    {
        var repo = RepoProjects.Current;
        Assert.NotEmpty(repo.Plugins);
        Verdict.NoViolations(
            "Plugin project references",
            repo.Plugins.SelectMany(p => PluginRules.CheckProject(MsBuildProjectReader.Read(p.FullPath), repo)));
    }

    [Fact]
    public void PluginProjectRule_InheritedAbstractionsOnly_NoViolation()
    {
        using var tree = FakeRepository.Create();
        var path = tree.Write("plugins/Categories/Hotline.Plugins.Fine/Hotline.Plugins.Fine.csproj", FakeRepository.EmptyProject);

        Assert.Empty(PluginRules.CheckProject(MsBuildProjectReader.Read(path), new RepoProjects(tree.Root)));
    }

    [Fact]
    public void PluginProjectRule_ModuleProjectReference_Reported()
    {
        using var tree = FakeRepository.Create();
        var path = tree.Write(
            "plugins/Categories/Hotline.Plugins.Bad/Hotline.Plugins.Bad.csproj",
            FakeRepository.Project("""<ProjectReference Include="..\..\..\modules\Organization\Hotline.Organization.Contracts\Hotline.Organization.Contracts.csproj" />"""));

        Verdict.Reports(
            PluginRules.CheckProject(MsBuildProjectReader.Read(path), new RepoProjects(tree.Root)),
            "Hotline.Plugins.Bad",
            "modules/Organization/Hotline.Organization.Contracts/Hotline.Organization.Contracts.csproj");
    }

    [Fact]
    public void PluginProjectRule_ForbiddenPackageInSharedProps_Reported()
    {
        using var tree = FakeRepository.Create();
        tree.Write("plugins/Categories/Directory.Build.props", """
            <Project>
              <Import Project="../Directory.Build.props" />
              <ItemGroup><PackageReference Include="Microsoft.Orleans.Sdk" /></ItemGroup>
            </Project>
            """);
        var path = tree.Write(
            "plugins/Categories/Hotline.Plugins.Bad/Hotline.Plugins.Bad.csproj",
            FakeRepository.Project("""<PackageReference Include="Microsoft.Extensions.Logging" /><FrameworkReference Include="Microsoft.AspNetCore.App" />"""));

        Verdict.Reports(
            PluginRules.CheckProject(MsBuildProjectReader.Read(path), new RepoProjects(tree.Root)),
            "PackageReference 'Microsoft.Orleans.Sdk' (plugins/Categories/Directory.Build.props)",
            "PackageReference 'Microsoft.Extensions.Logging'",
            "FrameworkReference 'Microsoft.AspNetCore.App'");
    }

    [Fact]
    public void PluginProjectRule_WebSdkAndUnresolvableReference_Reported()
    {
        using var tree = FakeRepository.Create();
        var path = tree.Write(
            "plugins/Categories/Hotline.Plugins.Bad/Hotline.Plugins.Bad.csproj",
            FakeRepository.Project("""<ProjectReference Include="$(Unknown)/Hotline.Tickets.csproj" />""", sdk: "Microsoft.NET.Sdk.Web"));

        Verdict.Reports(
            PluginRules.CheckProject(MsBuildProjectReader.Read(path), new RepoProjects(tree.Root)),
            "uses Sdk 'Microsoft.NET.Sdk.Web'",
            "cannot resolve ProjectReference '$(Unknown)/Hotline.Tickets.csproj'");
    }

    [Theory]
    [InlineData("Microsoft.Extensions.DependencyInjection.Abstractions", true)]
    [InlineData("Microsoft.Extensions.Logging.Abstractions", true)]
    [InlineData("microsoft.extensions.options.abstractions", true)]
    [InlineData("Microsoft.Extensions.Logging", false)]
    [InlineData("Microsoft.Orleans.Sdk", false)]
    [InlineData("Newtonsoft.Json", false)]
    [InlineData("Microsoft.Extensions.Abstractions.Evil", false)]
    public void IsAllowedPackage_PackageId_Expected(string id, bool expected)
    {
        Assert.Equal(expected, PluginRules.IsAllowedPackage(id));
    }
}
