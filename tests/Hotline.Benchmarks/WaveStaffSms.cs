using Npgsql;

namespace Hotline.Benchmarks;

/// <summary>
/// The staff's SMS of a wave: with the stand-in gateway configured, every inbox item (a ticket dispatched, a deadline
/// soon) also goes to the person's phone (notification_deliveries, channel <c>sms</c>). One sample per delivery of the
/// run: due when recorded, recorded when delivered (never: missed), records how many times the gateway received it.
/// </summary>
public static class WaveStaffSms
{
    public const string Channel = "sms";

    public static async Task<WaveSample[]> ReadAsync(string connectionString, IReadOnlyDictionary<string, int> receipts, CancellationToken ct)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(ct);
        await using var command = new NpgsqlCommand(
            "select delivery_id, created_at, delivered_at from notification_deliveries where channel = @channel", connection) { CommandTimeout = 0 };
        command.Parameters.AddWithValue("channel", Channel);
        var samples = new List<WaveSample>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            // The dispatcher names a delivery to the channel by its id in the "N" format.
            samples.Add(new WaveSample(reader.GetFieldValue<DateTimeOffset>(1), reader.IsDBNull(2) ? null : reader.GetFieldValue<DateTimeOffset>(2),
                receipts.GetValueOrDefault(reader.GetGuid(0).ToString("N"))));
        }

        return [.. samples];
    }
}
