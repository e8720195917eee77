using Hotline.ArchitectureTests.Repository;

namespace Hotline.ArchitectureTests.Support;

/// <summary>Where plugins/Directory.Build.props builds a plugin: artifacts/plugins/&lt;Name&gt;/.</summary>
internal static class PluginPaths
{
    public static string Folder(RepoProject plugin) => Path.Combine(RepoRoot.Path, "artifacts", "plugins", plugin.Name);

    public static string Assembly(RepoProject plugin) => Path.Combine(Folder(plugin), plugin.Name + ".dll");
}
