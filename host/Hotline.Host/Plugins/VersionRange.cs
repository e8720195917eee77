using System.Diagnostics.CodeAnalysis;

namespace Hotline.Host.Plugins;

/// <summary>
/// A version range in interval notation as NuGet writes it: <c>[0.1,1.0)</c>, <c>[1.0]</c>,
/// <c>(,2.0)</c>, or a bare <c>0.1</c> meaning "0.1 or later". Versions compare on four parts,
/// missing parts counting as 0, so 0.1 and 0.1.0 are equal.
/// </summary>
public sealed record VersionRange(Version? Min, bool MinInclusive, Version? Max, bool MaxInclusive)
{
    public bool Includes(Version version)
    {
        var v = Normalize(version);
        var aboveMin = Min is null || (MinInclusive ? v >= Min : v > Min);
        var belowMax = Max is null || (MaxInclusive ? v <= Max : v < Max);
        return aboveMin && belowMax;
    }

    public static bool TryParse(string? text, [NotNullWhen(true)] out VersionRange? range)
    {
        range = ParseOrNull(text?.Trim() ?? string.Empty);
        return range is not null;
    }

    public static bool TryParseVersion(string? text, [NotNullWhen(true)] out Version? version)
    {
        var s = text?.Trim() ?? string.Empty;
        if (!s.Contains('.'))
        {
            s += ".0";
        }

        version = Version.TryParse(s, out var parsed) ? Normalize(parsed) : null;
        return version is not null;
    }

    public override string ToString() =>
        $"{(MinInclusive ? '[' : '(')}{Min},{Max}{(MaxInclusive ? ']' : ')')}";

    private static VersionRange? ParseOrNull(string s)
    {
        if (s.Length == 0)
        {
            return null;
        }

        if (s[0] is not ('[' or '('))
        {
            return TryParseVersion(s, out var min) ? new VersionRange(min, true, null, false) : null;
        }

        if (s.Length < 3 || s[^1] is not (']' or ')'))
        {
            return null;
        }

        var (minInclusive, maxInclusive) = (s[0] == '[', s[^1] == ']');
        var parts = s[1..^1].Split(',');
        if (parts.Length == 1)
        {
            // "[1.0]" is exactly 1.0; "(1.0)" means nothing.
            return minInclusive && maxInclusive && TryParseVersion(parts[0], out var exact)
                ? new VersionRange(exact, true, exact, true)
                : null;
        }

        if (parts.Length != 2 || !TryParseBound(parts[0], out var lower) || !TryParseBound(parts[1], out var upper)
            || (lower is not null && upper is not null && lower > upper))
        {
            return null;
        }

        return new VersionRange(lower, minInclusive && lower is not null, upper, maxInclusive && upper is not null);
    }

    private static bool TryParseBound(string text, out Version? bound)
    {
        bound = null;
        return text.Trim().Length == 0 || TryParseVersion(text, out bound);
    }

    private static Version Normalize(Version v) =>
        new(v.Major, v.Minor, Math.Max(v.Build, 0), Math.Max(v.Revision, 0));
}
