using Npgsql;

namespace Hotline.Benchmarks;

/// <summary>The harness's own SQL against the run's database (fills, counts, vacuum), one connection per call, no time limit.</summary>
public static class BenchSql
{
    public static async Task<int> ExecuteAsync(string connectionString, string sql, CancellationToken ct, params (string Name, object Value)[] parameters)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(ct);
        await using var command = Command(sql, connection, parameters);
        return await command.ExecuteNonQueryAsync(ct);
    }

    public static async Task<long> CountAsync(string connectionString, string sql, CancellationToken ct, params (string Name, object Value)[] parameters)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(ct);
        await using var command = Command(sql, connection, parameters);
        return (long)(await command.ExecuteScalarAsync(ct))!;
    }

    private static NpgsqlCommand Command(string sql, NpgsqlConnection connection, (string Name, object Value)[] parameters)
    {
        var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 0 };
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        return command;
    }
}
