namespace Hotline.ArchitectureTests.Repository;

/// <summary>Every .csproj under a root, classified by where it lives; bin, obj and hidden folders are skipped.</summary>
public sealed class RepoProjects
{
    private static readonly HashSet<string> SkippedFolders = new(StringComparer.OrdinalIgnoreCase)
    {
        "bin", "obj", "artifacts", "TestResults", "node_modules",
    };

    private readonly Dictionary<string, RepoProject> byPath;

    public RepoProjects(string root)
        : this(root, SourceFiles.Enumerate(root, "*.csproj", SkippedFolders))
    {
    }

    /// <summary>A layout from a given list of project files (paths relative to <paramref name="root"/> or absolute).</summary>
    public RepoProjects(string root, IEnumerable<string> projectFiles)
    {
        Root = Path.GetFullPath(root);
        All = projectFiles
            .Select(file => Path.GetFullPath(file, Root))
            .Select(Classify)
            .OrderBy(p => p.RelativePath, StringComparer.Ordinal)
            .ToList();
        byPath = All.ToDictionary(p => p.FullPath, StringComparer.Ordinal);
    }

    public static RepoProjects Current { get; } = new(RepoRoot.Path);

    public string Root { get; }

    public IReadOnlyList<RepoProject> All { get; }

    public IEnumerable<RepoProject> Modules => All.Where(p => p.Area == ProjectArea.Module);

    public IEnumerable<RepoProject> Plugins => All.Where(p => p.Area == ProjectArea.Plugin);

    public RepoProject? ByPath(string fullPath) => byPath.GetValueOrDefault(Path.GetFullPath(fullPath));

    /// <summary>Assembly names are project names here (no project sets AssemblyName).</summary>
    public RepoProject? ByName(string name) => All.FirstOrDefault(p => p.Name == name);

    public string Relative(string fullPath) => Path.GetRelativePath(Root, fullPath).Replace('\\', '/');

    private RepoProject Classify(string fullPath)
    {
        var relative = Relative(fullPath);
        var segments = relative.Split('/');
        var name = Path.GetFileNameWithoutExtension(fullPath);
        var area = segments[0] switch
        {
            "modules" => ProjectArea.Module,
            "plugins" => ProjectArea.Plugin,
            "host" => ProjectArea.Host,
            "tests" => ProjectArea.Test,
            _ => ProjectArea.Other,
        };
        if (area != ProjectArea.Module)
        {
            return new RepoProject(name, fullPath, relative, area, null, null);
        }

        // modules/<Project>/<Project>.csproj is shared; modules/<Module>/.../<Project>.csproj belongs to <Module>.
        if (segments.Length <= 3)
        {
            return new RepoProject(name, fullPath, relative, area, null, ModuleRole.Shared);
        }

        var role = name.EndsWith(".Contracts", StringComparison.Ordinal) ? ModuleRole.Contracts : ModuleRole.Implementation;
        return new RepoProject(name, fullPath, relative, area, segments[1], role);
    }
}
