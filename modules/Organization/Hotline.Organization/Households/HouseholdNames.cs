using System.Text.RegularExpressions;

namespace Hotline.Organization.Households;

/// <summary>How a household is named: its label from the registry's columns, and the key any spelling of it reduces to.</summary>
public static partial class HouseholdNames
{
    /// <summary>building-unit-room, or building-room when the estate has no units.</summary>
    public static string Label(string building, string unit, string room) =>
        unit.Length == 0 ? $"{building}-{room}" : $"{building}-{unit}-{room}";

    /// <summary>"3-1-1201", "3/1/1201", " 3 1 1201 " and "3－1－1201" are one key: upper-case, one '-' between parts.</summary>
    public static string Key(string household) =>
        string.Join('-', Separators().Split(household.Trim().ToUpperInvariant()).Where(p => p.Length > 0));

    /// <summary>Whether a building, unit or room holds a character that separates the parts of a name.</summary>
    public static bool HasSeparator(string part) => Separators().IsMatch(part);

    [GeneratedRegex(@"[\s/\\#\-－—–_]+")]
    private static partial Regex Separators();
}
