namespace Hotline.Organization.Households;

/// <summary>
/// A registry file: a header naming the columns (building, unit, room, phones; any order, unit and phones optional),
/// then one household per line; phones separated by ';'. Every problem names its line and column.
/// </summary>
public static class HouseholdCsv
{
    public const int MaxRows = 100_000;
    public const int MaxPartLength = 50;
    public const int MaxPhones = 5;

    private static readonly string[] Known = ["building", "unit", "room", "phones"];

    public static (List<HouseholdRow> Rows, List<HouseholdProblem> Problems) Parse(string text)
    {
        var rows = new List<HouseholdRow>();
        var problems = new List<HouseholdProblem>();
        using var records = CsvRecords.Read(text).GetEnumerator();
        if (!records.MoveNext())
        {
            problems.Add(new(1, "header", "the file is empty; the first line names the columns: building,unit,room,phones"));
            return (rows, problems);
        }

        var header = records.Current.Fields.Select(f => f.Trim().ToLowerInvariant()).ToList();
        foreach (var unknown in header.Where(h => !Known.Contains(h)).Distinct())
        {
            problems.Add(new(1, unknown, $"unknown column '{unknown}'; known: {string.Join(", ", Known)}"));
        }

        foreach (var missing in new[] { "building", "room" }.Where(h => !header.Contains(h)))
        {
            problems.Add(new(1, missing, $"column '{missing}' is required"));
        }

        if (problems.Count > 0)
        {
            return (rows, problems);
        }

        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        while (records.MoveNext())
        {
            var (line, fields, unterminated) = records.Current;
            if (rows.Count >= MaxRows)
            {
                problems.Add(new(line, "building", $"a file holds at most {MaxRows} households"));
                break;
            }

            string Cell(string column) => header.IndexOf(column) is var i and >= 0 && i < fields.Count ? fields[i].Trim() : "";
            var before = problems.Count;
            if (unterminated)
            {
                problems.Add(new(line, header[^1], "a quoted field is not closed"));
            }
            else if (fields.Count != header.Count)
            {
                problems.Add(new(line, header[Math.Min(fields.Count, header.Count - 1)], $"{fields.Count} fields where the header names {header.Count}"));
            }

            var (building, unit, room) = (Part(line, "building", Cell("building"), true, problems), Part(line, "unit", Cell("unit"), false, problems), Part(line, "room", Cell("room"), true, problems));
            var phones = HouseholdPhones.Parse(line, Cell("phones"), problems);
            if (problems.Count > before)
            {
                continue;
            }

            var row = new HouseholdRow(line, building, unit, room, phones);
            if (seen.TryGetValue(row.Key, out var first))
            {
                problems.Add(new(line, "room", $"household {row.Label} is already on line {first}"));
                continue;
            }

            seen[row.Key] = line;
            rows.Add(row);
        }

        return (rows, problems);
    }

    private static string Part(int line, string column, string value, bool required, List<HouseholdProblem> problems)
    {
        if (required && value.Length == 0)
        {
            problems.Add(new(line, column, "is required"));
        }
        else if (value.Length > MaxPartLength)
        {
            problems.Add(new(line, column, $"must be at most {MaxPartLength} characters"));
        }
        else if (value.Any(char.IsControl))
        {
            problems.Add(new(line, column, "must not contain control characters"));
        }
        else if (HouseholdNames.HasSeparator(value))
        {
            problems.Add(new(line, column, "must not contain separators ('-', '/', '#', spaces): they join building, unit and room"));
        }

        return value;
    }
}
