namespace Hotline.ArchitectureTests.Repository;

/// <summary>Walks a folder tree for files, never entering skipped or hidden (dot) folders.</summary>
public static class SourceFiles
{
    public static IEnumerable<string> Enumerate(string folder, string pattern, IReadOnlySet<string> skippedFolders)
    {
        if (!Directory.Exists(folder))
        {
            yield break;
        }

        foreach (var file in Directory.EnumerateFiles(folder, pattern).Order(StringComparer.Ordinal))
        {
            yield return Path.GetFullPath(file);
        }

        foreach (var child in Directory.EnumerateDirectories(folder).Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(child);
            if (name.StartsWith('.') || skippedFolders.Contains(name))
            {
                continue;
            }

            foreach (var file in Enumerate(child, pattern, skippedFolders))
            {
                yield return file;
            }
        }
    }
}
