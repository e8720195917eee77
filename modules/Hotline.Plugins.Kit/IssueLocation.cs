using Hotline.Plugins.Abstractions;
using System.Text.RegularExpressions;

namespace Hotline.Plugins.Kit;

/// <summary>
/// Turns where a problem is into the location part of an issue key (A11.3): "3號樓", "3号楼",
/// "3棟", "三号楼" and "Building 3" all become <c>building-3</c>; nothing recognisable becomes
/// <see cref="ProjectWide"/>. Building level on purpose: units and floors of one building share
/// lifts, pipes and corridors, and owners rarely name them the same way twice.
/// </summary>
public static partial class IssueLocation
{
    public const string ProjectWide = "project";

    private static readonly (string Slug, string[] Words)[] CommonAreas =
    [
        ("parking", ["地下车库", "地库", "车库", "停车场"]),
        ("main-gate", ["大门", "正门", "门岗"]),
        ("clubhouse", ["会所"]),
    ];

    /// <summary>
    /// Whether an issue key "category/subject/location" names one place of the estate rather than the whole estate
    /// (<see cref="ProjectWide"/>): such a problem is its project's only, never the same as that place of another project.
    /// A key of another shape is taken as the whole estate's.
    /// </summary>
    public static bool IsLocal(string issueKey)
    {
        ArgumentNullException.ThrowIfNull(issueKey);
        var parts = issueKey.Trim().Split('/');
        return parts.Length == 3 && parts[2].Length > 0 && parts[2] != ProjectWide;
    }

    /// <summary>The location slug: from <paramref name="location"/> when it names a place, else from the text.</summary>
    public static string Normalize(string? location, string? text)
    {
        var foldedLocation = ChineseText.Fold(location).Trim();
        return FromPlaceText(foldedLocation, isLocationField: true)
            ?? AsciiSlug(foldedLocation)
            ?? FromPlaceText(ChineseText.Fold(text), isLocationField: false)
            ?? ProjectWide;
    }

    private static string? FromPlaceText(string folded, bool isLocationField)
    {
        if (folded.Length == 0)
        {
            return null;
        }

        var building = FindBuilding(folded, isLocationField);
        var zone = FindId(ZonePattern().Match(folded));
        if (building is not null)
        {
            return zone is null ? $"building-{building}" : $"zone-{zone}-building-{building}";
        }

        if (zone is not null)
        {
            return $"zone-{zone}";
        }

        return CommonAreas.FirstOrDefault(area => area.Words.Any(folded.Contains)).Slug;
    }

    private static string? FindBuilding(string folded, bool isLocationField)
    {
        // A bare "3", "3号" or "3#" is a building only where someone typed a place on purpose;
        // in free text "3号" is usually a date.
        var match = isLocationField ? BareBuildingPattern().Match(folded) : Match.Empty;
        if (!match.Success)
        {
            match = BuildingPattern().Match(folded);
        }

        if (!match.Success)
        {
            match = EnglishBuildingPattern().Match(folded);
        }

        return FindId(match);
    }

    private static string? FindId(Match match)
    {
        if (!match.Success)
        {
            return null;
        }

        var id = match.Groups["id"].Value;
        return ChineseNumber.TryParse(id, out var number) ? number.ToString() : id;
    }

    private static string? AsciiSlug(string folded)
    {
        if (folded.Length == 0 || folded.Any(c => c > '\u007F'))
        {
            return null;
        }

        var slug = string.Join('-', NonAlphanumericPattern().Split(folded).Where(part => part.Length > 0));
        return slug.Length == 0 ? null : slug[..Math.Min(slug.Length, 48)].TrimEnd('-');
    }

    // "3号楼", "三栋", "a幢", "12#楼"; "座" only after digits or a letter ("一座假山" is not a building).
    [GeneratedRegex("""
        (?<![0-9a-z])(?<id>[0-9]{1,3}|[a-z]|[〇零一二三四五六七八九十百]{1,4})\s*(?:号楼|号栋|\#楼|\#栋|栋|幢)
        |(?<![0-9a-z])(?<id>[0-9]{1,3}|[a-z])\s*座
        """, RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex BuildingPattern();

    [GeneratedRegex(@"^(?<id>[0-9]{1,3}|[a-z]|[〇零一二三四五六七八九十百]{1,4})\s*(?:号|#)?$")]
    private static partial Regex BareBuildingPattern();

    [GeneratedRegex(@"(?<![a-z])(?:building|block|bldg|blk|tower)\.?\s*(?:no\.?\s*)?(?<id>[0-9]{1,3}|[a-z])(?![0-9a-z])")]
    private static partial Regex EnglishBuildingPattern();

    [GeneratedRegex(@"(?<![0-9a-z])(?<id>[0-9]{1,2}|[a-z]|[一二三四五六七八九十]{1,3})\s*区")]
    private static partial Regex ZonePattern();

    [GeneratedRegex("[^a-z0-9]+")]
    private static partial Regex NonAlphanumericPattern();
}
