namespace Hotline.ArchitectureTests.MsBuild;

/// <summary>MSBuild's "file above" search: the folder itself first, then each parent.</summary>
internal static class FileAbove
{
    public static string? Find(string startFolder, string fileName)
    {
        for (var dir = new DirectoryInfo(startFolder); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, fileName);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}
