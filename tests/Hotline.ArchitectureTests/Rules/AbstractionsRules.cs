using System.Text.Json;
using Hotline.ArchitectureTests.MsBuild;
using Hotline.ArchitectureTests.Repository;

namespace Hotline.ArchitectureTests.Rules;

/// <summary>Rule 2: Hotline.Plugins.Abstractions references no Orleans and no other Hotline project or assembly.</summary>
public static class AbstractionsRules
{
    public static bool IsOrleans(string name) =>
        name.Equals("Orleans", StringComparison.OrdinalIgnoreCase)
        || name.StartsWith("Orleans.", StringComparison.OrdinalIgnoreCase)
        || name.StartsWith("Microsoft.Orleans.", StringComparison.OrdinalIgnoreCase);

    public static IEnumerable<string> CheckProject(MsBuildProject project, RepoProjects repo)
    {
        var label = $"{project.Name} ({repo.Relative(project.FullPath)})";
        foreach (var problem in project.Problems)
        {
            yield return $"{label}: {problem}";
        }

        foreach (var reference in project.ItemsOf("ProjectReference"))
        {
            yield return $"{label}: ProjectReference '{reference.Include}' ({repo.Relative(reference.DeclaredIn)}); the abstractions reference no Hotline project";
        }

        foreach (var package in project.ItemsOf("PackageReference", "GlobalPackageReference", "Reference").Where(p => IsOrleans(p.Include)))
        {
            yield return $"{label}: {package.ItemType} '{package.Include}' ({repo.Relative(package.DeclaredIn)}); the abstractions reference no Orleans";
        }
    }

    public static IEnumerable<string> CheckAssembly(string assemblyName, IEnumerable<string> referencedAssemblies) =>
        referencedAssemblies
            .Where(name => IsOrleans(name) || ModuleRules.IsHotline(name))
            .Select(name => $"{assemblyName}.dll references {name}; the abstractions reference no Orleans and no Hotline assembly");

    /// <summary>The restore graph (obj/project.assets.json): no Orleans package even transitively, no project.</summary>
    public static IEnumerable<string> CheckRestoreGraph(string assetsJson, string label)
    {
        using var assets = JsonDocument.Parse(assetsJson);
        foreach (var library in assets.RootElement.GetProperty("libraries").EnumerateObject())
        {
            var name = library.Name.Split('/')[0];
            var type = library.Value.TryGetProperty("type", out var t) ? t.GetString() : null;
            if (type == "project")
            {
                yield return $"{label}: restore graph holds the project {name}; the abstractions reference no Hotline project";
            }
            else if (IsOrleans(name))
            {
                yield return $"{label}: restore graph holds the package {library.Name}; the abstractions reference no Orleans, not even transitively";
            }
        }
    }

    /// <summary>The plugin kit references the abstractions and nothing else of Hotline, and no Orleans.</summary>
    public static IEnumerable<string> CheckKitProject(MsBuildProject project, RepoProjects repo)
    {
        var label = $"{project.Name} ({repo.Relative(project.FullPath)})";
        foreach (var reference in project.ItemsOf("ProjectReference"))
        {
            var targets = project.ResolvePaths(reference);
            if (targets.Count == 0 || targets.Any(t => repo.ByPath(t) is not { IsAbstractions: true }))
            {
                yield return $"{label}: ProjectReference '{reference.Include}' ({repo.Relative(reference.DeclaredIn)}); the kit references only {RepoProject.AbstractionsName}";
            }
        }

        foreach (var package in project.ItemsOf("PackageReference", "GlobalPackageReference", "Reference").Where(p => IsOrleans(p.Include)))
        {
            yield return $"{label}: {package.ItemType} '{package.Include}' ({repo.Relative(package.DeclaredIn)}); the kit references no Orleans";
        }
    }

    /// <summary>
    /// The abstractions are the contract only: interfaces, enums and records. Helpers with behaviour (text folding,
    /// keyword matching, masks) belong in the kit, so the contract a plugin is built against changes only when it must.
    /// </summary>
    public static IEnumerable<string> CheckContractOnly(IEnumerable<Type> exportedTypes) =>
        exportedTypes
            .Where(t => !t.IsInterface && !t.IsEnum && t.GetMethod("<Clone>$") is null)
            .Select(t => $"{t.FullName} is neither an interface, an enum nor a record; behaviour belongs in {RepoProject.KitName}");
}
