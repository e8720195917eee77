namespace Hotline.ArchitectureTests.MsBuild;

/// <summary>Reads a project the way MSBuild imports it, without running MSBuild (see <see cref="MsBuildProject"/>).</summary>
public static class MsBuildProjectReader
{
    public static MsBuildProject Read(string projectPath)
    {
        var evaluation = new ProjectEvaluation(Path.GetFullPath(projectPath));
        var folder = Path.GetDirectoryName(evaluation.ProjectPath)!;

        // The order MSBuild uses: Directory.Build.props (via Sdk.props), the project, Directory.Build.targets.
        evaluation.ImportImplicit(FileAbove.Find(folder, "Directory.Build.props"));
        evaluation.ImportImplicit(FileAbove.Find(folder, "Directory.Packages.props"));
        evaluation.ImportImplicit(evaluation.ProjectPath);
        evaluation.ImportImplicit(FileAbove.Find(folder, "Directory.Build.targets"));
        return evaluation.Finish();
    }
}
