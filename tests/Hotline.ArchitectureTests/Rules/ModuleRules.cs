using Hotline.ArchitectureTests.MsBuild;
using Hotline.ArchitectureTests.Repository;

namespace Hotline.ArchitectureTests.Rules;

/// <summary>
/// Rule 3: a module reaches another module only through its Contracts project. A project under modules/
/// references only projects under modules/, never another module's implementation (Hotline.Storage is
/// one: only the host wires it in), and a Contracts project references no implementation at all. A Contracts
/// project references no other project but the shared kernel (types several modules' contracts carry live
/// there, so one module's contracts never pull in another's), and the kernel references no project.
/// </summary>
public static class ModuleRules
{
    /// <summary>Why <paramref name="from"/> may not reference <paramref name="to"/>, or null when it may.</summary>
    public static string? Forbidden(RepoProject from, RepoProject to)
    {
        if (to.Area != ProjectArea.Module)
        {
            return $"references {to}, which is not under modules/";
        }

        if (from.IsKernel)
        {
            return $"is the shared kernel but references {to}; the kernel references no module";
        }

        if (from.Role == ModuleRole.Contracts && to.Role == ModuleRole.Implementation)
        {
            return $"is a Contracts project but references the implementation project {to}";
        }

        if (from.Role == ModuleRole.Contracts && !to.IsKernel)
        {
            return $"is a Contracts project but references {to}; a Contracts project references only {RepoProject.KernelName}, where shared types go";
        }

        if (to.Role == ModuleRole.Implementation && to.Module != from.Module)
        {
            return $"references {to}, the implementation of module '{to.Module}'; reference its Contracts project instead";
        }

        return null;
    }

    public static IEnumerable<string> CheckProject(RepoProject from, MsBuildProject project, RepoProjects repo)
    {
        foreach (var problem in project.Problems)
        {
            yield return $"{from}: {problem}";
        }

        foreach (var reference in project.ItemsOf("ProjectReference"))
        {
            var targets = project.ResolvePaths(reference);
            if (targets.Count == 0)
            {
                yield return $"{from}: cannot resolve ProjectReference '{reference.Include}' ({repo.Relative(reference.DeclaredIn)})";
            }

            foreach (var target in targets)
            {
                var reason = repo.ByPath(target) is { } to
                    ? Forbidden(from, to)
                    : $"references {target}, which is no project of this repository";
                if (reason is not null)
                {
                    yield return $"{from}: {reason} (ProjectReference in {repo.Relative(reference.DeclaredIn)})";
                }
            }
        }
    }

    /// <summary>Built references: every referenced Hotline.* assembly is mapped to its project and judged as above.</summary>
    public static IEnumerable<string> CheckAssembly(RepoProject from, IEnumerable<string> referencedAssemblies, RepoProjects repo)
    {
        foreach (var name in referencedAssemblies.Where(IsHotline))
        {
            var reason = repo.ByName(name) is { } to
                ? Forbidden(from, to)
                : $"references {name}, which is no project of this repository";
            if (reason is not null)
            {
                yield return $"{from.Name}.dll (from {from.RelativePath}) {reason}";
            }
        }
    }

    public static bool IsHotline(string assemblyName) => assemblyName.StartsWith("Hotline.", StringComparison.Ordinal);
}
