using Npgsql;

namespace Hotline.Benchmarks;

/// <summary>
/// The owners' acknowledgements of the wave's registrations, sent to the harness's stand-in gateway so that a
/// registration's cost includes its owner's delivered message (the ticket records each delivery on its timeline). One
/// per ticket in owner_outbox (event "received"); due: when it was recorded; recorded: when it was delivered; records:
/// how many times the gateway received it (more than once: doubled). A ticket without one: missed.
/// </summary>
public static class WaveOwnerMessages
{
    public const string Event = "received";

    public static async Task<IReadOnlyList<OwnerMessageRow>> ReadAsync(string connectionString, IReadOnlyList<Guid> ids, CancellationToken ct)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(ct);
        await using var command = new NpgsqlCommand("""
            select ticket_id, message_id, created_at, delivered_at, ticket_recorded_at
            from owner_outbox where event_key = @event and ticket_id = any(@ids)
            """, connection) { CommandTimeout = 0 };
        command.Parameters.AddWithValue("event", Event);
        command.Parameters.AddWithValue("ids", ids.ToArray());
        var rows = new List<OwnerMessageRow>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            rows.Add(new OwnerMessageRow(reader.GetGuid(0), reader.GetString(1), reader.GetFieldValue<DateTimeOffset>(2),
                reader.IsDBNull(3) ? null : reader.GetFieldValue<DateTimeOffset>(3),
                reader.IsDBNull(4) ? null : reader.GetFieldValue<DateTimeOffset>(4)));
        }

        return rows;
    }

    /// <summary>
    /// One sample per ticket. A ticket with no message has no time to be due at: it takes the earliest message's, which
    /// only the missed count reads.
    /// </summary>
    public static WaveSample[] Samples(IReadOnlyList<Guid> ids, IReadOnlyList<OwnerMessageRow> rows, IReadOnlyDictionary<string, int> receipts)
    {
        // The wave's tickets name one channel, so one message each; were there more, the first recorded stands.
        var byTicket = rows.GroupBy(r => r.TicketId).ToDictionary(g => g.Key, g => g.MinBy(r => r.CreatedAt)!);
        var earliest = rows.Count == 0 ? DateTimeOffset.UnixEpoch : rows.Min(r => r.CreatedAt);
        return [.. ids.Select(id => byTicket.TryGetValue(id, out var row)
            ? new WaveSample(row.CreatedAt, row.DeliveredAt, receipts.GetValueOrDefault(row.MessageId))
            : new WaveSample(earliest, null, 0))];
    }
}
