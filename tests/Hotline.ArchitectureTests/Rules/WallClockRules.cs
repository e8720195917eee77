using System.Text.RegularExpressions;
using Hotline.ArchitectureTests.Repository;

namespace Hotline.ArchitectureTests.Rules;

/// <summary>
/// Rule 7: domain code reads time from an injected TimeProvider, never DateTime(Offset).Now/UtcNow.
/// Lines that are wholly comments are skipped; "using static System.DateTime(Offset)" is reported too,
/// since it lets a bare Now/UtcNow through.
/// </summary>
public static partial class WallClockRules
{
    private static readonly HashSet<string> SkippedFolders = new(StringComparer.OrdinalIgnoreCase) { "bin", "obj" };

    public static IEnumerable<string> ScanFolders(string root, params string[] folders) =>
        folders
            .SelectMany(folder => SourceFiles.Enumerate(Path.Combine(root, folder), "*.cs", SkippedFolders))
            .SelectMany(file => ScanText(Path.GetRelativePath(root, file).Replace('\\', '/'), File.ReadAllText(file)));

    public static int CountFiles(string root, params string[] folders) =>
        folders.Sum(folder => SourceFiles.Enumerate(Path.Combine(root, folder), "*.cs", SkippedFolders).Count());

    public static IEnumerable<string> ScanText(string fileLabel, string text)
    {
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.StartsWith("//", StringComparison.Ordinal) || line.StartsWith("/*", StringComparison.Ordinal) || line.StartsWith('*'))
            {
                continue;
            }

            if (WallClock().IsMatch(line) || UsingStaticClock().IsMatch(line))
            {
                yield return $"{fileLabel}:{i + 1}: {line}";
            }
        }
    }

    [GeneratedRegex(@"\bDateTime(?:Offset)?\s*\.\s*(?:Utc)?Now\b")]
    private static partial Regex WallClock();

    [GeneratedRegex(@"\busing\s+static\s+(?:global::)?(?:System\.)?DateTime(?:Offset)?\s*;")]
    private static partial Regex UsingStaticClock();
}
