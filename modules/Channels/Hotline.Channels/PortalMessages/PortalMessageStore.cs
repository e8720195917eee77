using Hotline.Channels.Contracts;
using Hotline.Channels.Outbound;
using Hotline.Live.Contracts;
using Hotline.Plugins.Abstractions;
using Hotline.Tickets.Contracts;
using Hotline.Tickets.Contracts.Intake;
using Npgsql;
using NpgsqlTypes;

namespace Hotline.Channels.PortalMessages;

/// <summary>
/// The web channel's outbound side: a notice for an owner told "in the portal" becomes a message of the ticket's household
/// (table portal_messages) and a delivered owner outbox row, at once; the portal lists them, counts and marks them read.
/// </summary>
internal sealed class PortalMessageStore(NpgsqlDataSource dataSource, IOwnerTicketList tickets, ILivePublisher live, TimeProvider time) : IPortalMessages
{
    /// <summary>Records the message for the ticket's household (and <paramref name="phone"/>'s owner); true when it is new.</summary>
    public async Task<bool> Deliver(OwnerNotice notice, string phone, OwnerMessageKind kind, CancellationToken ct)
    {
        var ownerKey = OwnerPreferenceStore.KeyOf(phone) ?? throw new ArgumentException("not a phone number", nameof(phone));
        // The household decides who reads it; the list row exists, since the notice names the ticket's number.
        var row = await tickets.Find(notice.TicketId, ct);
        var now = time.GetUtcNow();
        await using var command = dataSource.CreateCommand(PortalMessageSql.Deliver);
        var p = command.Parameters;
        p.AddText("message_id", OwnerOutboxStore.IdOf(notice.TicketId, notice.EventKey, PortalChannel.Id));
        p.Add(new NpgsqlParameter<Guid>("ticket_id", NpgsqlDbType.Uuid) { TypedValue = notice.TicketId });
        p.AddText("ticket_number", notice.TicketNumber);
        p.AddNullable("project_id", row?.ProjectId);
        p.AddNullable("household", row?.Household);
        p.AddText("owner_key", ownerKey);
        p.AddText("kind", kind.ToString().ToLowerInvariant());
        p.AddText("text", notice.Text);
        p.AddText("event_key", notice.EventKey);
        p.AddText("channel", PortalChannel.Id);
        p.AddTime("now", now);
        if (await command.ExecuteNonQueryAsync(ct) == 0)
        {
            return false;
        }

        live.Publish(new LiveChange(LiveTopic.OwnerMessage, notice.TicketId.ToString(), row?.ProjectId, null, ownerKey, now));
        return true;
    }

    public async Task<PortalMessagePage> List(PortalReader reader, string? before, int limit, CancellationToken ct = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        // A cursor that does not parse reads the first page (the page only ever links its own).
        _ = OwnerOutboxCursor.TryParse(before, out var cursor);
        await using var command = Visible(PortalMessageSql.List, reader);
        var p = command.Parameters;
        p.Add(new NpgsqlParameter("before_at", NpgsqlDbType.TimestampTz) { Value = (object?)cursor?.CreatedAt ?? DBNull.Value });
        p.AddNullable("before_id", cursor?.MessageId);
        p.Add(new NpgsqlParameter<int>("limit", NpgsqlDbType.Integer) { TypedValue = limit + 1 });
        var rows = new List<PortalMessage>();
        await using var data = await command.ExecuteReaderAsync(ct);
        while (await data.ReadAsync(ct))
        {
            rows.Add(new PortalMessage(data.GetString(0), data.GetGuid(1), data.GetString(2), data.GetString(3), data.GetFieldValue<DateTimeOffset>(4),
                data.IsDBNull(5) ? null : data.GetFieldValue<DateTimeOffset>(5)));
        }

        var more = rows.Count > limit;
        var page = more ? rows[..limit] : rows;
        return new PortalMessagePage(page, more ? new OwnerOutboxCursor(page[^1].At, page[^1].MessageId).ToString() : null);
    }

    public async Task<int> Unread(PortalReader reader, CancellationToken ct = default)
    {
        await using var command = Visible(PortalMessageSql.Unread, reader);
        return Convert.ToInt32(await command.ExecuteScalarAsync(ct), System.Globalization.CultureInfo.InvariantCulture);
    }

    public async Task MarkRead(PortalReader reader, IReadOnlyCollection<string> messageIds, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(messageIds);
        if (messageIds.Count == 0)
        {
            return;
        }

        await using var command = Visible(PortalMessageSql.MarkRead, reader);
        command.Parameters.Add(new NpgsqlParameter<string[]>("ids", NpgsqlDbType.Array | NpgsqlDbType.Text) { TypedValue = [.. messageIds] });
        command.Parameters.AddTime("now", time.GetUtcNow());
        await command.ExecuteNonQueryAsync(ct);
    }

    /// <summary>A command over the reader's messages only (<see cref="PortalMessageSql"/>'s visibility rule).</summary>
    private NpgsqlCommand Visible(string sql, PortalReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var command = dataSource.CreateCommand(sql);
        var p = command.Parameters;
        p.Add(new NpgsqlParameter<string[]>("projects", NpgsqlDbType.Array | NpgsqlDbType.Text) { TypedValue = [.. reader.Households.Select(h => h.ProjectId)] });
        p.Add(new NpgsqlParameter<string[]>("households", NpgsqlDbType.Array | NpgsqlDbType.Text) { TypedValue = [.. reader.Households.Select(h => h.Label)] });
        // A malformed number reads no owner-addressed message (no key matches the empty one).
        p.AddText("owner_key", OwnerPreferenceStore.KeyOf(reader.Phone) ?? "");
        return command;
    }
}
