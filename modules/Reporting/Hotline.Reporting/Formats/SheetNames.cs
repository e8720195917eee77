namespace Hotline.Reporting.Formats;

/// <summary>
/// Worksheet names Excel accepts: at most 31 characters, none of : \ / ? * [ ], not blank, not starting or ending
/// with an apostrophe, and unique ignoring case (a repeated name gets " (2)", " (3)", ... within the 31).
/// </summary>
public sealed class SheetNames
{
    public const int MaxLength = 31;
    private static readonly char[] Forbidden = [':', '\\', '/', '?', '*', '[', ']'];
    private readonly HashSet<string> _taken = new(StringComparer.OrdinalIgnoreCase);

    public string Next(string wanted)
    {
        var name = Clean(wanted);
        var candidate = name;
        for (var n = 2; !_taken.Add(candidate); n++)
        {
            var suffix = $" ({n})";
            candidate = name[..Math.Min(name.Length, MaxLength - suffix.Length)] + suffix;
        }

        return candidate;
    }

    private static string Clean(string wanted)
    {
        var chars = wanted.Select(c => Array.IndexOf(Forbidden, c) >= 0 || char.IsControl(c) ? '_' : c).ToArray();
        var name = new string(chars).Trim().Trim('\'');
        if (name.Length > MaxLength)
        {
            // Never cut a surrogate pair in half.
            var cut = char.IsHighSurrogate(name[MaxLength - 1]) ? MaxLength - 1 : MaxLength;
            name = name[..cut].TrimEnd();
        }

        return name.Length == 0 ? "Sheet" : name;
    }
}
