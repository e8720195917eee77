using Hotline.BuildingBlocks.Storage;
using Hotline.Kernel;
using Npgsql;
using NpgsqlTypes;

namespace Hotline.Notifications.Deliveries;

/// <summary>Channel deliveries in PostgreSQL (table notification_deliveries, migration 0007): recorded once, claimed per attempt.</summary>
public sealed class NotificationDeliveryStore(NpgsqlDataSource dataSource)
{
    private readonly StatementBatcher _writes = new(dataSource, writers: 2);

    /// <summary>The same (event, person, channel) always gives the same id: the channel's idempotency key.</summary>
    public static Guid IdOf(string eventId, string personId, string channel) =>
        NameBasedGuid.From($"notification/{eventId}/{personId}/{channel}");

    /// <summary>Records a pending delivery per channel unless it is there already; true when at least one is new.</summary>
    public Task<bool> Record(string eventId, string personId, string text, IEnumerable<string> channels, DateTimeOffset now, CancellationToken ct = default) =>
        RecordAll(personId, [(eventId, text)], channels, now, ct);

    /// <summary>
    /// <see cref="Record"/> for several events of one person, in one round trip (the inbox's batched deliveries,
    /// <see cref="PersonDeliveryQueue"/>); true when at least one delivery is new.
    /// </summary>
    public async Task<bool> RecordAll(string personId, IReadOnlyList<(string EventId, string Text)> events, IEnumerable<string> channels, DateTimeOffset now, CancellationToken ct = default)
    {
        await using var batch = dataSource.CreateBatch();
        foreach (var channel in channels)
        {
            foreach (var (eventId, text) in events)
            {
                var command = new NpgsqlBatchCommand(DeliverySql.Record);
                var p = command.Parameters;
                p.Add(new NpgsqlParameter<Guid>("delivery_id", NpgsqlDbType.Uuid) { TypedValue = IdOf(eventId, personId, channel) });
                Text(p, "event_id", eventId);
                Text(p, "person_id", personId);
                Text(p, "channel", channel);
                Text(p, "text", text);
                Time(p, "now", now);
                batch.BatchCommands.Add(command);
            }
        }

        return batch.BatchCommands.Count > 0 && await batch.ExecuteNonQueryAsync(ct) > 0;
    }

    internal async Task<IReadOnlyList<ClaimedDelivery>> Claim(IReadOnlyCollection<string> channels, DateTimeOffset now, TimeSpan lease, int batch, CancellationToken ct)
    {
        await using var command = dataSource.CreateCommand(DeliverySql.Claim);
        var p = command.Parameters;
        p.Add(new NpgsqlParameter<string[]>("channels", NpgsqlDbType.Array | NpgsqlDbType.Text) { TypedValue = [.. channels] });
        Time(p, "now", now);
        Time(p, "lease_until", now + lease);
        p.Add(new NpgsqlParameter<int>("batch", NpgsqlDbType.Integer) { TypedValue = batch });
        var claimed = new List<ClaimedDelivery>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            claimed.Add(new ClaimedDelivery(reader.GetGuid(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetString(4),
                reader.GetInt32(5), reader.GetFieldValue<DateTimeOffset>(6)));
        }

        return claimed;
    }

    /// <summary>
    /// Ends one attempt, batched with other completions (one round trip and commit for many): with a gateway configured
    /// every staff notice ends here, two for each registration (issue 14).
    /// </summary>
    internal async Task Complete(ClaimedDelivery delivery, DeliveryStatus status, DateTimeOffset? nextAttemptAt, string? error, DateTimeOffset now, CancellationToken ct)
    {
        await _writes.Run(DeliverySql.Complete, p =>
        {
            p.Add(new NpgsqlParameter<Guid>("delivery_id", NpgsqlDbType.Uuid) { TypedValue = delivery.DeliveryId });
            p.Add(new NpgsqlParameter<int>("attempt", NpgsqlDbType.Integer) { TypedValue = delivery.Attempt });
            Text(p, "status", status.ToString().ToLowerInvariant());
            p.Add(new NpgsqlParameter("next_attempt_at", NpgsqlDbType.TimestampTz) { Value = nextAttemptAt is { } next ? next.ToUniversalTime() : DBNull.Value });
            p.Add(new NpgsqlParameter("last_error", NpgsqlDbType.Text) { Value = (object?)Truncate(error) ?? DBNull.Value });
            Time(p, "now", now);
        }, reader => reader.ReadAsync(), ct);
    }

    /// <summary>One person's deliveries, newest first (at most 500), optionally of one event.</summary>
    public async Task<IReadOnlyList<NotificationDelivery>> ForPerson(string personId, string? eventId, CancellationToken ct = default)
    {
        await using var command = dataSource.CreateCommand(DeliverySql.ForPerson);
        Text(command.Parameters, "person_id", personId);
        command.Parameters.Add(new NpgsqlParameter("event_id", NpgsqlDbType.Text) { Value = (object?)eventId ?? DBNull.Value });
        var rows = new List<NotificationDelivery>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            rows.Add(new NotificationDelivery(
                reader.GetGuid(0), reader.GetString(1), reader.GetString(2), reader.GetString(3),
                Enum.Parse<DeliveryStatus>(reader.GetString(4), ignoreCase: true), reader.GetInt32(5),
                reader.IsDBNull(6) ? null : reader.GetFieldValue<DateTimeOffset>(6), reader.IsDBNull(7) ? null : reader.GetString(7),
                reader.GetFieldValue<DateTimeOffset>(8), reader.GetFieldValue<DateTimeOffset>(9),
                reader.IsDBNull(10) ? null : reader.GetFieldValue<DateTimeOffset>(10)));
        }

        return rows;
    }

    private static string? Truncate(string? text) => text is { Length: > 500 } ? text[..500] : text;

    private static void Text(NpgsqlParameterCollection p, string name, string value) =>
        p.Add(new NpgsqlParameter<string>(name, NpgsqlDbType.Text) { TypedValue = value });

    private static void Time(NpgsqlParameterCollection p, string name, DateTimeOffset value) =>
        p.Add(new NpgsqlParameter<DateTimeOffset>(name, NpgsqlDbType.TimestampTz) { TypedValue = value.ToUniversalTime() });
}
