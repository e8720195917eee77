using System.Collections.Immutable;
using System.Text.Json;
using Hotline.Organization.Contracts;
using Hotline.Organization.Rosters;
using Microsoft.AspNetCore.Http;

namespace Hotline.Organization.Api;

/// <summary>
/// Reads <c>{"duty": [{"days": ["Monday"], "start": "08:00", "end": "20:00"}, ...]}</c>. Every problem names its field
/// (<c>duty</c>, <c>duty[1].start</c>, ...); overlapping shifts are a problem of <c>duty</c>. An empty list: always on duty.
/// </summary>
public static class DutyBody
{
    public const string Field = "duty";
    public const int MaxShifts = 28;
    private const string Example = "the body must be a JSON object such as {\"duty\": [{\"days\": [\"Monday\"], \"start\": \"08:00\", \"end\": \"20:00\"}]}";

    public static async Task<(ImmutableArray<DutyShift> Duty, Dictionary<string, string[]> Problems)> Read(HttpRequest request)
    {
        try
        {
            using var body = await JsonDocument.ParseAsync(request.Body);
            return Check(body.RootElement);
        }
        catch (JsonException)
        {
            return ([], new() { [Field] = [Example] });
        }
    }

    public static (ImmutableArray<DutyShift> Duty, Dictionary<string, string[]> Problems) Check(JsonElement root)
    {
        var problems = new Dictionary<string, string[]>();
        var list = root.ValueKind == JsonValueKind.Object ? Property(root, Field) : default;
        if (list.ValueKind != JsonValueKind.Array)
        {
            problems[Field] = [root.ValueKind == JsonValueKind.Object ? "duty is required: a list of shifts (empty: always on duty)" : Example];
            return ([], problems);
        }

        if (list.GetArrayLength() > MaxShifts)
        {
            problems[Field] = [$"at most {MaxShifts} shifts"];
            return ([], problems);
        }

        var shifts = list.EnumerateArray().Select((element, i) => Shift(element, $"{Field}[{i}]", problems)).ToList();
        if (problems.Count == 0 && DutyOverlaps.Find(shifts!) is { } overlap)
        {
            problems[Field] = [$"shifts {Field}[{overlap.First}] and {Field}[{overlap.Second}] overlap (both cover {overlap.Where})"];
        }

        return problems.Count == 0 ? ([.. shifts!], problems) : ([], problems);
    }

    private static DutyShift? Shift(JsonElement element, string at, Dictionary<string, string[]> problems)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            problems[at] = ["a shift is an object with days, start and end"];
            return null;
        }

        var days = Days(Property(element, "days"), $"{at}.days", problems);
        var start = Text(Property(element, "start"), $"{at}.start", problems);
        var end = Text(Property(element, "end"), $"{at}.end", problems);
        if (days is null || start is null || end is null)
        {
            return null;
        }

        var shift = new DutyShift(days.Value, start, end);
        foreach (var problem in DutyRoster.Problems(shift))
        {
            var field = problem.StartsWith("start", StringComparison.Ordinal) ? "start" : problem.StartsWith("end", StringComparison.Ordinal) ? "end" : "days";
            problems[$"{at}.{field}"] = [.. problems.GetValueOrDefault($"{at}.{field}", []), problem];
        }

        return shift;
    }

    private static ImmutableArray<DayOfWeek>? Days(JsonElement value, string at, Dictionary<string, string[]> problems)
    {
        if (value.ValueKind is JsonValueKind.Undefined or JsonValueKind.Null)
        {
            return [];
        }

        var names = value.ValueKind == JsonValueKind.Array ? value.EnumerateArray().ToList() : null;
        if (names is null || names.Any(n => n.ValueKind != JsonValueKind.String || !IsDay(n.GetString(), out _)))
        {
            problems[at] = ["days is a list of day names (Monday … Sunday); leave it out or empty for every day"];
            return null;
        }

        return [.. names.Select(n => IsDay(n.GetString(), out var day) ? day : default).Distinct()];
    }

    private static bool IsDay(string? name, out DayOfWeek day) =>
        Enum.TryParse(name, ignoreCase: true, out day) && !int.TryParse(name, out _) && Enum.IsDefined(day);

    private static string? Text(JsonElement value, string at, Dictionary<string, string[]> problems)
    {
        if (value.ValueKind == JsonValueKind.String && value.GetString() is { } text)
        {
            return text.Trim();
        }

        problems[at] = ["is required: a time of day as HH:mm"];
        return null;
    }

    private static JsonElement Property(JsonElement element, string name) =>
        element.EnumerateObject().FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase)).Value;
}
