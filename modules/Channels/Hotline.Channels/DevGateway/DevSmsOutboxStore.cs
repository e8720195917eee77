using Npgsql;
using NpgsqlTypes;

namespace Hotline.Channels.DevGateway;

/// <summary>The development gateway's outbox (table dev_sms_outbox): one row per message id, newest first.</summary>
public sealed class DevSmsOutboxStore(NpgsqlDataSource dataSource)
{
    /// <summary>Keeps the message unless its id is there already; true when it is new.</summary>
    public async Task<bool> Add(DevSms sms, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(sms);
        await using var command = dataSource.CreateCommand("""
            insert into dev_sms_outbox (message_id, recipient, text, received_at) values (@message_id, @recipient, @text, @at)
            on conflict do nothing
            """);
        Text(command.Parameters, "message_id", sms.MessageId);
        Text(command.Parameters, "recipient", sms.To);
        Text(command.Parameters, "text", sms.Text);
        command.Parameters.Add(new NpgsqlParameter<DateTimeOffset>("at", NpgsqlDbType.TimestampTz) { TypedValue = sms.ReceivedAt.ToUniversalTime() });
        return await command.ExecuteNonQueryAsync(ct) > 0;
    }

    /// <summary>The newest <paramref name="limit"/> messages, of one recipient when <paramref name="to"/> is given.</summary>
    public async Task<IReadOnlyList<DevSms>> List(string? to, int limit, CancellationToken ct = default)
    {
        await using var command = dataSource.CreateCommand("""
            select message_id, recipient, text, received_at from dev_sms_outbox
            where (@recipient::text is null or recipient = @recipient)
            order by received_at desc, message_id desc
            limit @limit
            """);
        command.Parameters.Add(new NpgsqlParameter("recipient", NpgsqlDbType.Text) { Value = (object?)to ?? DBNull.Value });
        command.Parameters.Add(new NpgsqlParameter<int>("limit", NpgsqlDbType.Integer) { TypedValue = limit });
        var rows = new List<DevSms>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            rows.Add(new DevSms(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetFieldValue<DateTimeOffset>(3)));
        }

        return rows;
    }

    private static void Text(NpgsqlParameterCollection p, string name, string value) =>
        p.Add(new NpgsqlParameter<string>(name, NpgsqlDbType.Text) { TypedValue = value });
}
