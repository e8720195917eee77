using Npgsql;

namespace Hotline.Benchmarks;

/// <summary>The largest stored grain state per state name: octet length of the payload in Orleans' grain-storage table.</summary>
public static class GrainStateSizes
{
    public static async Task<IReadOnlyList<(string StateName, long MaxBytes, long Rows)>> ReadAsync(string connectionString, CancellationToken ct)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(ct);
        await using var query = new NpgsqlCommand(
            "select statename, max(octet_length(payloadbinary)), count(*) from orleans_storage group by statename order by 2 desc", connection);
        await using var reader = await query.ExecuteReaderAsync(ct);
        var sizes = new List<(string, long, long)>();
        while (await reader.ReadAsync(ct))
        {
            sizes.Add((reader.GetString(0), reader.IsDBNull(1) ? 0 : reader.GetInt64(1), reader.GetInt64(2)));
        }

        return sizes;
    }
}
