using Npgsql;

namespace Hotline.Benchmarks;

/// <summary>Exact row counts of every table of the run's database: before and after the template tickets' lives, what one ticket writes where.</summary>
public static class TableGrowth
{
    public static async Task<Dictionary<string, long>> CountAsync(string connectionString, CancellationToken ct)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(ct);
        await using var command = new NpgsqlCommand("""
            select table_name, (xpath('/row/c/text()', query_to_xml(format('select count(*) as c from %I.%I', table_schema, table_name), false, true, '')))[1]::text::bigint
            from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE'
            """, connection) { CommandTimeout = 0 };
        await using var reader = await command.ExecuteReaderAsync(ct);
        var counts = new Dictionary<string, long>(StringComparer.Ordinal);
        while (await reader.ReadAsync(ct))
        {
            counts[reader.GetString(0)] = reader.GetInt64(1);
        }

        return counts;
    }

    /// <summary>"table +n" for each table that grew, largest first.</summary>
    public static string Delta(IReadOnlyDictionary<string, long> before, IReadOnlyDictionary<string, long> after) =>
        string.Join(", ", after.Select(a => (a.Key, Grew: a.Value - before.GetValueOrDefault(a.Key))).Where(d => d.Grew != 0)
            .OrderByDescending(d => d.Grew).ThenBy(d => d.Key, StringComparer.Ordinal).Select(d => $"{d.Key} {d.Grew:+#;-#}"));
}
