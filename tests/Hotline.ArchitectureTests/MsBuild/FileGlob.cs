using System.Text;
using System.Text.RegularExpressions;

namespace Hotline.ArchitectureTests.MsBuild;

/// <summary>MSBuild-style wildcards over absolute paths: '*' and '?' within a folder, '**' across folders.</summary>
public static class FileGlob
{
    public static bool HasWildcard(string path) => path.IndexOfAny(['*', '?']) >= 0;

    public static IReadOnlyList<string> Expand(string pattern)
    {
        var normalized = pattern.Replace('\\', '/');
        var segments = normalized.Split('/');
        var firstWild = Array.FindIndex(segments, HasWildcard);
        var root = string.Join('/', segments[..firstWild]);
        if (root.Length == 0)
        {
            root = "/";
        }

        if (!Directory.Exists(root))
        {
            return [];
        }

        var matcher = ToRegex(string.Join('/', segments[firstWild..]));
        return Directory.EnumerateFiles(root, "*", new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true })
            .Where(file => matcher.IsMatch(Path.GetRelativePath(root, file).Replace('\\', '/')))
            .Select(Path.GetFullPath)
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    private static Regex ToRegex(string relativePattern)
    {
        var regex = new StringBuilder("^");
        for (var i = 0; i < relativePattern.Length; i++)
        {
            var c = relativePattern[i];
            if (c == '*' && i + 1 < relativePattern.Length && relativePattern[i + 1] == '*')
            {
                // "**/" is any number of folders, including none.
                var slash = i + 2 < relativePattern.Length && relativePattern[i + 2] == '/';
                regex.Append(slash ? "(?:.*/)?" : ".*");
                i += slash ? 2 : 1;
            }
            else
            {
                regex.Append(c switch
                {
                    '*' => "[^/]*",
                    '?' => "[^/]",
                    _ => Regex.Escape(c.ToString()),
                });
            }
        }

        return new Regex(regex.Append('$').ToString(), RegexOptions.CultureInvariant);
    }
}
