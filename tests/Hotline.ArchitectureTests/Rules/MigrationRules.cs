using System.Text.RegularExpressions;

namespace Hotline.ArchitectureTests.Rules;

/// <summary>
/// A module's migrations create and change only that module's tables: every table a migration alters, indexes,
/// references or writes must be created by a migration of the same module, and no two modules create the same table.
/// </summary>
public static partial class MigrationRules
{
    public sealed record MigrationFile(string Module, string File, string Sql);

    public static IEnumerable<string> ForeignTables(IReadOnlyList<MigrationFile> files)
    {
        var owners = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var file in files)
        {
            foreach (var table in Matches(CreatedTable(), file.Sql))
            {
                if (owners.TryGetValue(table, out var owner) && owner != file.Module)
                {
                    yield return $"{file.File}: creates {table}, which {owner} already owns";
                }

                owners.TryAdd(table, file.Module);
            }
        }

        foreach (var file in files)
        {
            foreach (var table in Matches(TouchedTable(), file.Sql).Distinct(StringComparer.OrdinalIgnoreCase))
            {
                if (owners.GetValueOrDefault(table) != file.Module)
                {
                    yield return $"{file.File}: touches {table}, owned by {owners.GetValueOrDefault(table) ?? "no module"}, not {file.Module}";
                }
            }
        }
    }

    /// <summary>Table names outside comments and string literals (Orleans' query texts are strings).</summary>
    private static IEnumerable<string> Matches(Regex pattern, string sql)
    {
        var code = StringLiteral().Replace(LineComment().Replace(sql, " "), "''");
        return pattern.Matches(code).Select(m => m.Groups["table"].Value);
    }

    [GeneratedRegex(@"--[^\n]*")]
    private static partial Regex LineComment();

    [GeneratedRegex(@"'(?:[^']|'')*'")]
    private static partial Regex StringLiteral();

    [GeneratedRegex(@"\bcreate\s+table\s+(?:if\s+not\s+exists\s+)?(?<table>\w+)", RegexOptions.IgnoreCase)]
    private static partial Regex CreatedTable();

    [GeneratedRegex(
        @"\b(?:alter\s+table\s+(?:if\s+exists\s+)?(?:only\s+)?|create\s+(?:unique\s+)?index\s+(?:if\s+not\s+exists\s+)?\w+\s+on\s+(?:only\s+)?|" +
        @"create\s+trigger\s+\w+[^;]*?\bon\s+|references\s+|insert\s+into\s+|update\s+(?=\w+\s+set\b)|delete\s+from\s+|" +
        @"truncate\s+(?:table\s+)?|drop\s+table\s+(?:if\s+exists\s+)?)(?<table>\w+)", RegexOptions.IgnoreCase)]
    private static partial Regex TouchedTable();
}
