using Npgsql;

namespace Hotline.Storage.Migrations;

/// <summary>The <c>hotline_schema_migrations</c> table: which migrations a database has, and their checksums.</summary>
internal static class MigrationJournal
{
    public const string Table = "hotline_schema_migrations";

    public static async Task EnsureExistsAsync(NpgsqlConnection connection, CancellationToken ct)
    {
        const string sql = $"""
            create table if not exists {Table} (
                version integer primary key,
                name text not null,
                checksum text not null,
                applied_at timestamptz not null default now()
            )
            """;
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(ct);
    }

    public static async Task<bool> ExistsAsync(NpgsqlConnection connection, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand($"select to_regclass('{Table}') is not null", connection);
        return (bool)(await command.ExecuteScalarAsync(ct))!;
    }

    public static async Task<IReadOnlyList<AppliedMigration>> ReadAsync(NpgsqlConnection connection, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand($"select version, name, checksum from {Table} order by version", connection);
        await using var reader = await command.ExecuteReaderAsync(ct);
        var applied = new List<AppliedMigration>();
        while (await reader.ReadAsync(ct))
        {
            applied.Add(new AppliedMigration(reader.GetInt32(0), reader.GetString(1), reader.GetString(2)));
        }

        return applied;
    }

    public static async Task RecordAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, Migration migration, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(
            $"insert into {Table} (version, name, checksum) values (@version, @name, @checksum)", connection, transaction);
        command.Parameters.AddWithValue("version", migration.Version);
        command.Parameters.AddWithValue("name", migration.Name);
        command.Parameters.AddWithValue("checksum", migration.Checksum);
        await command.ExecuteNonQueryAsync(ct);
    }
}
