using Hotline.ArchitectureTests.Repository;
using Hotline.ArchitectureTests.Rules;
using Hotline.ArchitectureTests.Support;

namespace Hotline.ArchitectureTests;

/// <summary>Rule 1, folders: each plugin ships plugin.json and never its own copy of the abstractions.</summary>
public sealed class PluginFolderTests
{
    [Fact]
    public void PluginFolders_Built_HaveManifestAndNoAbstractionsCopy()
    {
        var plugins = RepoProjects.Current.Plugins.ToList();
        Assert.NotEmpty(plugins);
        Verdict.NoViolations(
            "Plugin folders",
            plugins.SelectMany(p => PluginRules.CheckFolders(p.Name, p.Directory, PluginPaths.Folder(p))));
    }

    [Fact]
    public void PluginFolderRule_AbstractionsCopyAndNoManifest_Reported()
    {
        using var tree = new TempTree();
        tree.Write("src/Hotline.Plugins.Bad/Hotline.Plugins.Bad.csproj", string.Empty);
        tree.Write("out/Hotline.Plugins.Bad/Hotline.Plugins.Bad.dll", string.Empty);
        tree.Write("out/Hotline.Plugins.Bad/Hotline.Plugins.Abstractions.dll", string.Empty);

        Verdict.Reports(
            PluginRules.CheckFolders("Hotline.Plugins.Bad", Path.Combine(tree.Root, "src/Hotline.Plugins.Bad"), Path.Combine(tree.Root, "out/Hotline.Plugins.Bad")),
            "Hotline.Plugins.Bad: no plugin.json in its project folder",
            "holds no plugin.json",
            "ships its own Hotline.Plugins.Abstractions.dll");
    }

    [Fact]
    public void PluginFolderRule_NotBuilt_Reported()
    {
        using var tree = new TempTree();
        tree.Write("src/Hotline.Plugins.Bad/plugin.json", "{}");

        Verdict.Reports(
            PluginRules.CheckFolders("Hotline.Plugins.Bad", Path.Combine(tree.Root, "src/Hotline.Plugins.Bad"), Path.Combine(tree.Root, "out/Hotline.Plugins.Bad")),
            "Hotline.Plugins.Bad: not built to");
    }
}
