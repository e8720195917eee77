namespace Hotline.Benchmarks;

/// <summary>Where the repository and the host build are, found from this program's own location (as the TestKit does).</summary>
public static class RepoLayout
{
    public static string Root { get; } = FindRoot();

    /// <summary>The host built in the same configuration as this program (bin/Release or bin/Debug).</summary>
    public static string HostDll => Path.Combine(Root, "host", "Hotline.Host", "bin", Configuration, "net10.0", "Hotline.Host.dll");

    private static string Configuration =>
        AppContext.BaseDirectory.Replace('\\', '/').Contains("/bin/Release/", StringComparison.Ordinal) ? "Release" : "Debug";

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Hotline.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"Hotline.sln not found above {AppContext.BaseDirectory}");
    }
}
