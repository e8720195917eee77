using System.Text.RegularExpressions;
using Hotline.ArchitectureTests.MsBuild;
using Hotline.ArchitectureTests.Repository;

namespace Hotline.ArchitectureTests.Rules;

/// <summary>
/// Rule 1: a plugin sees only Hotline.Plugins.Abstractions (the contract), Hotline.Plugins.Kit (helpers), the BCL and
/// Microsoft.Extensions.*Abstractions, ships no copy of either Hotline assembly, and carries its plugin.json.
/// </summary>
public static partial class PluginRules
{
    public const string Manifest = "plugin.json";
    public const string AllowedSdk = "Microsoft.NET.Sdk";

    private const string Shared = $"{RepoProject.AbstractionsName} and {RepoProject.KitName}";

    public static bool IsAllowedAssembly(string name) =>
        name is RepoProject.AbstractionsName or RepoProject.KitName
        || name is "netstandard" or "System"
        || name.StartsWith("System.", StringComparison.Ordinal)
        || name.StartsWith("Microsoft.Win32.", StringComparison.Ordinal)
        || ExtensionsAbstractions().IsMatch(name);

    public static bool IsAllowedPackage(string id) => ExtensionsAbstractions().IsMatch(id);

    public static IEnumerable<string> CheckProject(MsBuildProject project, RepoProjects repo)
    {
        var label = $"{project.Name} ({repo.Relative(project.FullPath)})";
        foreach (var problem in project.Problems)
        {
            yield return $"{label}: {problem}";
        }

        if (project.Sdk != AllowedSdk)
        {
            yield return $"{label}: uses Sdk '{project.Sdk}'; a plugin uses plain {AllowedSdk} (other SDKs bring framework references)";
        }

        foreach (var reference in project.ItemsOf("ProjectReference"))
        {
            var targets = project.ResolvePaths(reference);
            if (targets.Count == 0)
            {
                yield return $"{label}: cannot resolve {Describe(reference, repo)}; a plugin may reference only {Shared}";
            }

            foreach (var target in targets.Where(t => repo.ByPath(t) is not { IsPluginShared: true }))
            {
                yield return $"{label}: ProjectReference to {repo.Relative(target)} ({repo.Relative(reference.DeclaredIn)}); a plugin may reference only {Shared}";
            }
        }

        foreach (var package in project.ItemsOf("PackageReference", "GlobalPackageReference").Where(p => !IsAllowedPackage(p.Include)))
        {
            yield return $"{label}: {Describe(package, repo)}; a plugin may use only Microsoft.Extensions.*Abstractions packages";
        }

        foreach (var other in project.ItemsOf("Reference", "FrameworkReference"))
        {
            yield return $"{label}: {Describe(other, repo)}; a plugin may reference only {Shared} and Microsoft.Extensions.*Abstractions packages";
        }
    }

    public static IEnumerable<string> CheckAssembly(string assemblyName, IEnumerable<string> referencedAssemblies) =>
        referencedAssemblies
            .Where(name => !IsAllowedAssembly(name))
            .Select(name => $"{assemblyName}.dll references {name}; a plugin may reference only {Shared}, the BCL and Microsoft.Extensions.*.Abstractions");

    /// <summary>The built folder artifacts/plugins/&lt;Name&gt;/ and the project folder it is built from.</summary>
    public static IEnumerable<string> CheckFolders(string pluginName, string projectFolder, string builtFolder)
    {
        if (!File.Exists(Path.Combine(projectFolder, Manifest)))
        {
            yield return $"{pluginName}: no {Manifest} in its project folder {projectFolder}";
        }

        if (!Directory.Exists(builtFolder))
        {
            yield return $"{pluginName}: not built to {builtFolder}";
            yield break;
        }

        if (!File.Exists(Path.Combine(builtFolder, pluginName + ".dll")))
        {
            yield return $"{pluginName}: {builtFolder} holds no {pluginName}.dll";
        }

        if (!File.Exists(Path.Combine(builtFolder, Manifest)))
        {
            yield return $"{pluginName}: {builtFolder} holds no {Manifest}";
        }

        foreach (var shared in new[] { RepoProject.AbstractionsName, RepoProject.KitName })
        {
            if (File.Exists(Path.Combine(builtFolder, shared + ".dll")))
            {
                yield return $"{pluginName}: {builtFolder} ships its own {shared}.dll; the host's copy must be the only one";
            }
        }
    }

    private static string Describe(ProjectItem item, RepoProjects repo) =>
        $"{item.ItemType} '{item.Include}' ({repo.Relative(item.DeclaredIn)})";

    [GeneratedRegex(@"^Microsoft\.Extensions\.(?:[A-Za-z0-9]+\.)*Abstractions$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ExtensionsAbstractions();
}
