namespace Hotline.Plugins.TestKit;

/// <summary>Where plugins are built: <c>artifacts/plugins/&lt;ProjectName&gt;/</c> under the repository root (plugins/Directory.Build.props).</summary>
public static class BuiltPlugins
{
    /// <summary>The repository root: the first folder above the test binaries holding Hotline.sln.</summary>
    public static string RepositoryRoot { get; } = FindRoot();

    /// <summary>The folder the host would load: <c>artifacts/plugins/</c>.</summary>
    public static string ArtifactsFolder => Path.Combine(RepositoryRoot, "artifacts", "plugins");

    /// <summary>
    /// The built folder of the plugin project <paramref name="projectName"/> (e.g. <c>Hotline.Plugins.ChatChannel</c>).
    /// A test project makes sure it is built with a <c>ProjectReference</c> to the plugin marked
    /// <c>ReferenceOutputAssembly="false"</c> (build order only: the kit loads the plugin as the host does).
    /// </summary>
    public static string Folder(string projectName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(projectName);
        var folder = Path.Combine(ArtifactsFolder, projectName);
        return Directory.Exists(folder)
            ? folder
            : throw new DirectoryNotFoundException(
                $"{folder} does not exist: build {projectName} first (reference it from the test project with ReferenceOutputAssembly=\"false\").");
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Hotline.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No Hotline.sln in {AppContext.BaseDirectory} or any folder above it.");
    }
}
