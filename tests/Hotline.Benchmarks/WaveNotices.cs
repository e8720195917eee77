using Npgsql;

namespace Hotline.Benchmarks;

/// <summary>
/// The wave's "deadline soon" notices, read back from the inboxes Hotline stored (inbox_items, kind 6 = DeadlineSoon):
/// one sample per ticket and intended person (a stand-in's copy counts for the person it stands in for). Due: the start
/// clock's due time less the notice lead; recorded: the item's time (when the ticket's reminder tick sent it, the
/// insert follows within that call); more than one item for the pair: doubled; none: missed. The host's log gives the
/// grain calls that timed out and the messages Orleans dropped as expired (its Warning lines).
/// </summary>
public static class WaveNotices
{
    private const short DeadlineSoon = 6;

    /// <summary>Orleans' line when a grain call's response did not come within the response timeout (30 s).</summary>
    public const string TimeoutLine = "Response did not arrive on time";

    /// <summary>Orleans' line when a message waited past its expiry and was dropped unprocessed.</summary>
    public const string ExpiredLine = "Dropping expired message";

    public static async Task<WaveSample[]> ReadAsync(string connectionString, IReadOnlyList<Guid> ids, IReadOnlyList<WaveSample> clocks,
        IReadOnlyList<string> people, TimeSpan lead, CancellationToken ct)
    {
        var stored = new Dictionary<(Guid, string), (int Items, DateTimeOffset First)>();
        await using (var connection = new NpgsqlConnection(connectionString))
        {
            await connection.OpenAsync(ct);
            await using var command = new NpgsqlCommand("""
                select ticket_id, coalesce(on_behalf_of, person_id), count(*)::int, min(at)
                from inbox_items where kind = @kind and ticket_id = any(@ids)
                group by 1, 2
                """, connection) { CommandTimeout = 0 };
            command.Parameters.AddWithValue("kind", DeadlineSoon);
            command.Parameters.AddWithValue("ids", ids.ToArray());
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                stored[(reader.GetGuid(0), reader.GetString(1))] = (reader.GetInt32(2), reader.GetFieldValue<DateTimeOffset>(3));
            }
        }

        return [.. ids.SelectMany((id, i) => people.Select(person => stored.TryGetValue((id, person), out var s)
            ? new WaveSample(clocks[i].DueAt - lead, s.First, s.Items)
            : new WaveSample(clocks[i].DueAt - lead, null, 0)))];
    }

    /// <summary>How many lines of the log contain <paramref name="text"/>.</summary>
    public static int CountLines(string logFile, string text) =>
        File.ReadLines(logFile).Count(l => l.Contains(text, StringComparison.Ordinal));
}
