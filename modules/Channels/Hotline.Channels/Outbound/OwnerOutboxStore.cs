using Hotline.BuildingBlocks.Storage;
using Hotline.Kernel;
using Hotline.Plugins.Abstractions;
using Hotline.Plugins.Kit;
using Npgsql;
using NpgsqlTypes;

namespace Hotline.Channels.Outbound;

/// <summary>Owner messages in PostgreSQL (table owner_outbox): recorded once, claimed per attempt, listed for operators.</summary>
public sealed class OwnerOutboxStore(NpgsqlDataSource dataSource)
{
    private const int MaxErrorLength = 500;

    // Every owner notice is recorded and completed here: under load those rows share round trips and commits (issue 14).
    private readonly StatementBatcher _writes = new(dataSource, writers: 2);

    /// <summary>The same (ticket, event, channel) always gives the same id: the channel's idempotency key.</summary>
    public static string IdOf(Guid ticketId, string eventKey, string channel) =>
        NameBasedGuid.From($"owner-message/{ticketId:N}/{eventKey}/{channel}").ToString("N");

    /// <summary>
    /// Records the message unless it is there already; true when it is new. A pending one is due at once, or, with
    /// <paramref name="claimedUntil"/>, recorded as claimed for its first attempt until then (the recording silo sends it).
    /// </summary>
    internal async Task<bool> Record(OwnerOutboxRow row, DateTimeOffset now, DateTimeOffset? claimedUntil, CancellationToken ct)
    {
        if (claimedUntil is not null && row.Status != OwnerOutboxStatus.Pending)
        {
            throw new ArgumentException($"only a pending message is claimed when recorded, not a {row.Status} one", nameof(claimedUntil));
        }

        var (status, attempts, next) = claimedUntil is { } until ? (OwnerOutboxStatus.Sending, 1, (DateTimeOffset?)until)
            : (row.Status, 0, row.Status == OwnerOutboxStatus.Pending ? now : (DateTimeOffset?)null);
        return await _writes.Run(OwnerOutboxSql.Record, p =>
        {
            p.AddText("message_id", row.MessageId);
            p.Add(new NpgsqlParameter<Guid>("ticket_id", NpgsqlDbType.Uuid) { TypedValue = row.TicketId });
            p.AddText("ticket_number", row.TicketNumber);
            p.AddText("event_key", row.EventKey);
            p.AddText("channel", row.Channel);
            p.AddText("kind", row.Kind.ToString().ToLowerInvariant());
            p.AddNullable("phone", row.To?.Phone);
            p.AddNullable("account_id", row.To?.AccountId);
            p.AddNullable("owner_name", row.To?.Name);
            p.AddText("text", row.Text);
            p.AddText("status", status.ToString().ToLowerInvariant());
            p.Add(new NpgsqlParameter<int>("attempts", NpgsqlDbType.Integer) { TypedValue = attempts });
            p.AddNullableTime("next_attempt_at", next);
            p.AddNullable("last_error", row.Error);
            p.AddTime("now", now);
        }, reader => reader.ReadAsync(), ct);
    }

    internal async Task<IReadOnlyList<ClaimedOwnerMessage>> Claim(DateTimeOffset now, TimeSpan lease, int batch, CancellationToken ct)
    {
        await using var command = dataSource.CreateCommand(OwnerOutboxSql.Claim);
        var p = command.Parameters;
        p.AddTime("now", now);
        p.AddTime("lease_until", now + lease);
        p.Add(new NpgsqlParameter<int>("batch", NpgsqlDbType.Integer) { TypedValue = batch });
        var claimed = new List<ClaimedOwnerMessage>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            var to = new OwnerAddress(NullableString(reader, 6), NullableString(reader, 7), NullableString(reader, 8));
            claimed.Add(new ClaimedOwnerMessage(reader.GetString(0), reader.GetGuid(1), reader.GetString(2), reader.GetString(3), reader.GetString(4),
                Enum.Parse<OwnerMessageKind>(reader.GetString(5), ignoreCase: true), to, reader.GetString(9), reader.GetInt32(10),
                reader.GetFieldValue<DateTimeOffset>(11)));
        }

        return claimed;
    }

    internal async Task Complete(ClaimedOwnerMessage message, OwnerOutboxStatus status, DateTimeOffset? nextAttemptAt, string? error, DateTimeOffset now, CancellationToken ct)
    {
        await _writes.Run(OwnerOutboxSql.Complete, p =>
        {
            p.AddText("message_id", message.MessageId);
            p.Add(new NpgsqlParameter<int>("attempt", NpgsqlDbType.Integer) { TypedValue = message.Attempt });
            p.AddText("status", status.ToString().ToLowerInvariant());
            p.AddNullableTime("next_attempt_at", nextAttemptAt);
            p.AddNullable("last_error", error is { Length: > MaxErrorLength } ? error[..MaxErrorLength] : error);
            p.AddTime("now", now);
        }, reader => reader.ReadAsync(), ct);
    }

    /// <summary>Delivered messages the ticket has not recorded yet, oldest first.</summary>
    internal async Task<IReadOnlyList<(string MessageId, Guid TicketId, string EventKey, string Channel, DateTimeOffset DeliveredAt)>> Unrecorded(
        DateTimeOffset now, int batch, CancellationToken ct)
    {
        await using var command = dataSource.CreateCommand(OwnerOutboxSql.Unrecorded);
        command.Parameters.AddTime("now", now);
        command.Parameters.Add(new NpgsqlParameter<int>("batch", NpgsqlDbType.Integer) { TypedValue = batch });
        var rows = new List<(string, Guid, string, string, DateTimeOffset)>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            rows.Add((reader.GetString(0), reader.GetGuid(1), reader.GetString(2), reader.GetString(3), reader.GetFieldValue<DateTimeOffset>(4)));
        }

        return rows;
    }

    /// <summary>Batched as the completion is: every delivered message of a registration ends here (issue 14).</summary>
    internal async Task MarkRecorded(string messageId, DateTimeOffset now, CancellationToken ct)
    {
        await _writes.Run(OwnerOutboxSql.MarkRecorded, p =>
        {
            p.AddText("message_id", messageId);
            p.AddTime("now", now);
        }, reader => reader.ReadAsync(), ct);
    }

    /// <summary>A page of messages, newest first.</summary>
    public async Task<OwnerOutboxPage> List(OwnerOutboxFilter filter, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        await using var command = dataSource.CreateCommand(OwnerOutboxSql.List);
        var p = command.Parameters;
        p.AddNullable("status", filter.Status?.ToString().ToLowerInvariant());
        p.Add(new NpgsqlParameter("ticket_id", NpgsqlDbType.Uuid) { Value = (object?)filter.TicketId ?? DBNull.Value });
        p.Add(new NpgsqlParameter("before_at", NpgsqlDbType.TimestampTz) { Value = (object?)filter.Before?.CreatedAt ?? DBNull.Value });
        p.AddNullable("before_id", filter.Before?.MessageId);
        p.Add(new NpgsqlParameter<int>("limit", NpgsqlDbType.Integer) { TypedValue = filter.Limit + 1 });
        var rows = new List<OwnerOutboxEntry>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            rows.Add(new OwnerOutboxEntry(reader.GetString(0), reader.GetGuid(1), reader.GetString(2), reader.GetString(3), reader.GetString(4),
                reader.GetString(5), PersonalDataMask.Phone(NullableString(reader, 6)), reader.GetString(7),
                Enum.Parse<OwnerOutboxStatus>(reader.GetString(8), ignoreCase: true), reader.GetInt32(9), NullableTime(reader, 10),
                NullableString(reader, 11), reader.GetFieldValue<DateTimeOffset>(12), reader.GetFieldValue<DateTimeOffset>(13),
                NullableTime(reader, 14), NullableTime(reader, 15)));
        }

        var more = rows.Count > filter.Limit;
        var page = more ? rows[..filter.Limit] : rows;
        return new OwnerOutboxPage(page, more ? new OwnerOutboxCursor(page[^1].CreatedAt, page[^1].MessageId).ToString() : null);
    }

    private static string? NullableString(NpgsqlDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    private static DateTimeOffset? NullableTime(NpgsqlDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : reader.GetFieldValue<DateTimeOffset>(ordinal);
}
