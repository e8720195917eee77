namespace Hotline.ArchitectureTests.MsBuild;

/// <summary>
/// A project as its own files declare it: the .csproj plus the Directory.Build.props/targets and
/// Directory.Packages.props it imports, followed through explicit Imports. Conditions are ignored (every
/// conditional item counts), items inside targets are not seen, and <see cref="Problems"/> lists imports
/// or paths that could not be resolved, so that nothing is missed silently.
/// </summary>
public sealed record MsBuildProject(
    string FullPath,
    string? Sdk,
    IReadOnlyList<string> Files,
    IReadOnlyDictionary<string, string> Properties,
    IReadOnlyList<ProjectItem> Items,
    IReadOnlyList<string> Problems)
{
    public string Name => Path.GetFileNameWithoutExtension(FullPath);

    public string Directory => Path.GetDirectoryName(FullPath)!;

    public IEnumerable<ProjectItem> ItemsOf(params string[] itemTypes) =>
        Items.Where(i => itemTypes.Contains(i.ItemType, StringComparer.OrdinalIgnoreCase));

    /// <summary>The project files a ProjectReference names (wildcards expanded); empty when it cannot be resolved.</summary>
    public IReadOnlyList<string> ResolvePaths(ProjectItem reference)
    {
        if (reference.Include.Contains("$(", StringComparison.Ordinal))
        {
            return [];
        }

        var full = Path.GetFullPath(Path.Combine(Directory, reference.Include.Replace('\\', '/')));
        return FileGlob.HasWildcard(full) ? FileGlob.Expand(full) : [full];
    }
}
