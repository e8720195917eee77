using System.Text.Json;
using Npgsql;
using NpgsqlTypes;

namespace Hotline.Channels.Inbound;

/// <summary>Stored webhook requests in PostgreSQL (table inbound_messages): written raw first, then marked as they are processed.</summary>
public sealed class InboundStore(NpgsqlDataSource dataSource)
{
    private const string UniqueViolation = "23505";

    public async Task Insert(Guid id, string channel, string path, string? contentType, IReadOnlyDictionary<string, string> headers, byte[] body,
        DateTimeOffset now, TimeSpan lease, CancellationToken ct)
    {
        await using var command = dataSource.CreateCommand(InboundSql.Insert);
        var p = command.Parameters;
        Id(p, "id", id);
        Text(p, "channel", channel);
        Text(p, "path", path);
        Text(p, "content_type", contentType);
        Text(p, "headers", JsonSerializer.Serialize(headers));
        p.Add(new NpgsqlParameter<byte[]>("body", NpgsqlDbType.Bytea) { TypedValue = body });
        Time(p, "now", now);
        Time(p, "lease_until", now + lease);
        await command.ExecuteNonQueryAsync(ct);
    }

    /// <summary>True when this row now holds the message id; false when another row of the channel holds it already.</summary>
    public async Task<bool> TakeMessageId(Guid id, string messageId, DateTimeOffset now, CancellationToken ct)
    {
        await using var command = dataSource.CreateCommand(InboundSql.TakeMessageId);
        Id(command.Parameters, "id", id);
        Text(command.Parameters, "message_id", messageId);
        Time(command.Parameters, "now", now);
        try
        {
            await command.ExecuteNonQueryAsync(ct);
            return true;
        }
        catch (PostgresException e) when (e.SqlState == UniqueViolation)
        {
            return false;
        }
    }

    public async Task<InboundRow?> ByMessage(string channel, string messageId, CancellationToken ct)
    {
        await using var command = dataSource.CreateCommand(InboundSql.ByMessage);
        Text(command.Parameters, "channel", channel);
        Text(command.Parameters, "message_id", messageId);
        return (await Read(command, ct)).FirstOrDefault();
    }

    public async Task<InboundRow?> Get(Guid id, CancellationToken ct)
    {
        await using var command = dataSource.CreateCommand(InboundSql.ById);
        Id(command.Parameters, "id", id);
        return (await Read(command, ct)).FirstOrDefault();
    }

    public async Task Complete(Guid id, InboundCompletion done, DateTimeOffset now, CancellationToken ct)
    {
        await using var command = dataSource.CreateCommand(InboundSql.Complete);
        var p = command.Parameters;
        Id(p, "id", id);
        Text(p, "status", done.Status);
        p.AddNullableTime("next_attempt_at", done.NextAttemptAt);
        Text(p, "last_error", done.Error is { Length: > 500 } error ? error[..500] : done.Error);
        p.Add(new NpgsqlParameter("ticket_id", NpgsqlDbType.Uuid) { Value = (object?)done.TicketId ?? DBNull.Value });
        Text(p, "ticket_number", done.TicketNumber);
        Text(p, "sender_phone", done.SenderPhone);
        p.Add(new NpgsqlParameter("duplicate_of", NpgsqlDbType.Uuid) { Value = (object?)done.DuplicateOf ?? DBNull.Value });
        Time(p, "now", now);
        await command.ExecuteNonQueryAsync(ct);
    }

    /// <summary>Claims up to <paramref name="batch"/> due rows for one attempt each (several silos never take the same row).</summary>
    public async Task<IReadOnlyList<Guid>> Claim(DateTimeOffset now, TimeSpan lease, int batch, CancellationToken ct)
    {
        await using var command = dataSource.CreateCommand(InboundSql.Claim);
        Time(command.Parameters, "now", now);
        Time(command.Parameters, "lease_until", now + lease);
        command.Parameters.Add(new NpgsqlParameter<int>("batch", NpgsqlDbType.Integer) { TypedValue = batch });
        return await Ids(command, ct);
    }

    /// <summary>Claims one row for an operator's retry; false when it is done already (or unknown).</summary>
    public async Task<bool> ClaimOne(Guid id, DateTimeOffset now, TimeSpan lease, CancellationToken ct)
    {
        await using var command = dataSource.CreateCommand(InboundSql.ClaimOne);
        Id(command.Parameters, "id", id);
        Time(command.Parameters, "now", now);
        Time(command.Parameters, "lease_until", now + lease);
        return (await Ids(command, ct)).Count == 1;
    }

    public async Task<IReadOnlyList<Guid>> WaitingFor(string phone, CancellationToken ct)
    {
        await using var command = dataSource.CreateCommand(InboundSql.Waiting);
        Text(command.Parameters, "phone", phone);
        return await Ids(command, ct);
    }

    public async Task<IReadOnlyList<InboundRow>> List(string? status, string? channel, DateTimeOffset? before, int limit, CancellationToken ct)
    {
        await using var command = dataSource.CreateCommand(InboundSql.List);
        Text(command.Parameters, "status", status);
        Text(command.Parameters, "channel", channel);
        command.Parameters.AddNullableTime("before", before);
        command.Parameters.Add(new NpgsqlParameter<int>("limit", NpgsqlDbType.Integer) { TypedValue = limit });
        return await Read(command, ct);
    }

    private static async Task<IReadOnlyList<Guid>> Ids(NpgsqlCommand command, CancellationToken ct)
    {
        var ids = new List<Guid>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            ids.Add(reader.GetGuid(0));
        }

        return ids;
    }

    private static async Task<IReadOnlyList<InboundRow>> Read(NpgsqlCommand command, CancellationToken ct)
    {
        var rows = new List<InboundRow>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            rows.Add(new InboundRow(
                reader.GetGuid(0), reader.GetString(1), reader.GetString(2), reader.GetFieldValue<DateTimeOffset>(3),
                reader.IsDBNull(4) ? null : reader.GetString(4),
                JsonSerializer.Deserialize<Dictionary<string, string>>(reader.GetString(5)) ?? [],
                reader.GetFieldValue<byte[]>(6), reader.GetString(7), reader.GetInt32(8),
                reader.IsDBNull(9) ? null : reader.GetFieldValue<DateTimeOffset>(9), reader.IsDBNull(10) ? null : reader.GetString(10),
                reader.IsDBNull(11) ? null : reader.GetString(11), reader.IsDBNull(12) ? null : reader.GetGuid(12),
                reader.IsDBNull(13) ? null : reader.GetString(13), reader.IsDBNull(14) ? null : reader.GetGuid(14)));
        }

        return rows;
    }

    private static void Id(NpgsqlParameterCollection p, string name, Guid value) =>
        p.Add(new NpgsqlParameter<Guid>(name, NpgsqlDbType.Uuid) { TypedValue = value });

    private static void Text(NpgsqlParameterCollection p, string name, string? value) =>
        p.Add(new NpgsqlParameter(name, NpgsqlDbType.Text) { Value = (object?)value ?? DBNull.Value });

    private static void Time(NpgsqlParameterCollection p, string name, DateTimeOffset value) =>
        p.Add(new NpgsqlParameter<DateTimeOffset>(name, NpgsqlDbType.TimestampTz) { TypedValue = value.ToUniversalTime() });
}
