namespace Hotline.ArchitectureTests.Repository;

/// <summary>The repository root: the first folder above the test binaries that holds Hotline.sln.</summary>
internal static class RepoRoot
{
    public const string MarkerFile = "Hotline.sln";

    public static string Path { get; } = Find(AppContext.BaseDirectory);

    public static string Find(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, MarkerFile)))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No {MarkerFile} in {start} or any folder above it.");
    }
}
