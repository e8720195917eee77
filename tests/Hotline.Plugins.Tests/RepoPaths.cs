namespace Hotline.Plugins.Tests;

/// <summary>Where the real plugin builds are: artifacts/plugins under the repository root.</summary>
internal static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string PluginArtifacts => Path.Combine(Root, "artifacts", "plugins");

    public static readonly string[] CategoryPluginFolders =
    [
        "Hotline.Plugins.Cleaning",
        "Hotline.Plugins.CustomerService",
        "Hotline.Plugins.Engineering",
        "Hotline.Plugins.Landscaping",
        "Hotline.Plugins.OrderMaintenance",
    ];

    public const string SmsPluginFolder = "Hotline.Plugins.SmsGateway";

    // Hotline.sln marks the root; Directory.Packages.props too, for a tree whose solution is not written yet.
    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Hotline.sln"))
                || File.Exists(Path.Combine(dir.FullName, "Directory.Packages.props")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No repository root above {AppContext.BaseDirectory}.");
    }
}
