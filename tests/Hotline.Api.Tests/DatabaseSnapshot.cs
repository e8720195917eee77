using Npgsql;

namespace Hotline.Api.Tests;

/// <summary>
/// Row count and an md5 of the content of every Hotline table, so a test can prove rejected requests
/// changed nothing. Orleans cluster membership and reminders change by themselves and are left out.
/// </summary>
public sealed record DatabaseSnapshot(IReadOnlyDictionary<string, (long Rows, string Md5)> Tables)
{
    public static readonly IReadOnlySet<string> Ignored = new HashSet<string>
    {
        "orleans_membership", "orleans_membership_version", "orleans_reminders", "orleansquery", "hotline_schema_migrations",
    };

    public static async Task<DatabaseSnapshot> TakeAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        var names = new List<string>();
        await using (var list = new NpgsqlCommand("select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' order by 1", connection))
        await using (var reader = await list.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                names.Add(reader.GetString(0));
            }
        }

        var tables = new SortedDictionary<string, (long, string)>(StringComparer.Ordinal);
        foreach (var name in names.Where(n => !Ignored.Contains(n)))
        {
            // Table names come from the catalog, quoted; no request value ever reaches this SQL.
            var sql = $"select count(*), coalesce(md5(string_agg(t::text, '|' order by t::text)), '') from \"{name.Replace("\"", "\"\"")}\" t";
            await using var command = new NpgsqlCommand(sql, connection);
            await using var reader = await command.ExecuteReaderAsync();
            await reader.ReadAsync();
            tables[name] = (reader.GetInt64(0), reader.GetString(1));
        }

        return new DatabaseSnapshot(tables);
    }

    /// <summary>The tables whose rows or content differ, in words; empty when nothing changed.</summary>
    public IReadOnlyList<string> Differences(DatabaseSnapshot after) =>
        [.. Tables.Keys.Union(after.Tables.Keys).Order(StringComparer.Ordinal)
            .Where(t => !Tables.TryGetValue(t, out var a) || !after.Tables.TryGetValue(t, out var b) || a != b)
            .Select(t => $"{t}: {Describe(Tables, t)} -> {Describe(after.Tables, t)}")];

    private static string Describe(IReadOnlyDictionary<string, (long Rows, string Md5)> tables, string table) =>
        tables.TryGetValue(table, out var v) ? $"{v.Rows} rows, md5 {v.Md5[..Math.Min(8, v.Md5.Length)]}" : "absent";
}
