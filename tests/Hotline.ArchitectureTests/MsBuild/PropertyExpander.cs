using System.Text.RegularExpressions;

namespace Hotline.ArchitectureTests.MsBuild;

/// <summary>
/// Expands $(Property) references and the few property functions our build files use. Anything it cannot
/// expand is left as written, so callers see "$(" and report the value as unresolved.
/// </summary>
internal static partial class PropertyExpander
{
    public static string Expand(string value, IReadOnlyDictionary<string, string> properties, string declaringFile, string projectPath)
    {
        var text = PropertyReference().Replace(value, m => Lookup(m.Groups[1].Value, properties, declaringFile, projectPath) ?? m.Value);
        string previous;
        do
        {
            previous = text;
            text = FunctionCall().Replace(text, m => Call(m, declaringFile, projectPath) ?? m.Value);
        }
        while (text != previous);

        return text.Trim();
    }

    private static string? Lookup(string name, IReadOnlyDictionary<string, string> properties, string declaringFile, string projectPath) =>
        name.ToUpperInvariant() switch
        {
            "MSBUILDTHISFILEDIRECTORY" => Path.GetDirectoryName(declaringFile) + Path.DirectorySeparatorChar,
            "MSBUILDTHISFILE" => Path.GetFileName(declaringFile),
            "MSBUILDTHISFILEFULLPATH" => declaringFile,
            "MSBUILDPROJECTDIRECTORY" => Path.GetDirectoryName(projectPath),
            "MSBUILDPROJECTNAME" => Path.GetFileNameWithoutExtension(projectPath),
            "MSBUILDPROJECTFILE" => Path.GetFileName(projectPath),
            "MSBUILDPROJECTFULLPATH" => projectPath,
            _ => properties.GetValueOrDefault(name),
        };

    private static string? Call(Match call, string declaringFile, string projectPath)
    {
        var args = Arguments(call.Groups["args"].Value);
        var projectDir = Path.GetDirectoryName(projectPath)!;
        var thisDir = Path.GetDirectoryName(declaringFile)!;
        return (call.Groups["type"].Value, call.Groups["name"].Value, args.Length) switch
        {
            ("System.IO.Path", "GetFullPath", 1) => Path.GetFullPath(Path.Combine(projectDir, args[0])),
            ("System.IO.Path", "Combine", > 0) => Path.Combine(args),
            ("MSBuild", "GetPathOfFileAbove", 1) => FileAbove.Find(thisDir, args[0]) ?? string.Empty,
            ("MSBuild", "GetPathOfFileAbove", 2) => FileAbove.Find(Path.GetFullPath(args[1], projectDir), args[0]) ?? string.Empty,
            ("MSBuild", "GetDirectoryNameOfFileAbove", 2) =>
                Path.GetDirectoryName(FileAbove.Find(Path.GetFullPath(args[0], projectDir), args[1]) ?? string.Empty) ?? string.Empty,
            ("MSBuild", "EnsureTrailingSlash", 1) => args[0].EndsWith('/') || args[0].EndsWith('\\') ? args[0] : args[0] + Path.DirectorySeparatorChar,
            ("MSBuild", "NormalizeDirectory", > 0) => Path.GetFullPath(Path.Combine([projectDir, .. args])).TrimEnd('/') + Path.DirectorySeparatorChar,
            _ => null,
        };
    }

    private static string[] Arguments(string text) =>
        text.Length == 0
            ? []
            : text.Split(',').Select(a => a.Trim().Trim('\'', '`', '"').Replace('\\', '/')).ToArray();

    [GeneratedRegex(@"\$\(([A-Za-z_][\w.-]*)\)")]
    private static partial Regex PropertyReference();

    [GeneratedRegex(@"\$\(\[(?<type>[\w.]+)\]::(?<name>\w+)\((?<args>[^()$]*)\)\)")]
    private static partial Regex FunctionCall();
}
