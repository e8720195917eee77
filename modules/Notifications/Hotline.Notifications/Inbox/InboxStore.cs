using Hotline.BuildingBlocks.Storage;
using Hotline.Kernel;
using Hotline.Live.Contracts;
using Hotline.Notifications.Contracts;
using Npgsql;
using NpgsqlTypes;

namespace Hotline.Notifications.Inbox;

/// <summary>
/// Inboxes in PostgreSQL (inbox_items, inbox_unread; migration 0012). A delivery is one insert, idempotent by item id;
/// a page is one index range; the unread count is one row. Nothing here grows with a person's history.
/// Each committed change is told to open pages (issue 13) as an InboxItem change naming the person: the item's id, or
/// <see cref="AllItems"/> when all of a person's items were marked read at once.
/// </summary>
public sealed class InboxStore(NpgsqlDataSource dataSource, ILivePublisher live, TimeProvider time)
{
    // Deliveries to different people share round trips under load (issue 14). Each names its person's unread counter as
    // its lock key, so every delivery batch, this silo's or another's, takes the counters in one order: no two of them
    // deadlock over the counters (marking read locks one person's counter, in a transaction of its own outside them).
    private readonly StatementBatcher _deliveries = new(dataSource, writers: 1);

    /// <summary>The id of a live change that concerns every item of the person's inbox.</summary>
    public const string AllItems = "*";

    public const int DefaultLimit = 50;
    public const int MaxLimit = 200;

    /// <summary>Adds the item to the person's inbox unless one with its id is there; true when it was added now.</summary>
    public async Task<bool> Deliver(string personId, InboxItem item, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(item);
        return await DeliverAll(personId, [item], ct) > 0;
    }

    /// <summary>Adds the items that are not there yet, in one statement; how many were new.</summary>
    public async Task<int> DeliverAll(string personId, IReadOnlyList<InboxItem> items, CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(personId);
        ArgumentNullException.ThrowIfNull(items);
        if (items.Count == 0)
        {
            return 0;
        }

        var added = await _deliveries.Run(InboxSql.Deliver, p =>
        {
            Text(p, "person_id", personId);
            Array(p, "item_ids", NpgsqlDbType.Text, items.Select(i => i.Id).ToArray());
            Array(p, "ats", NpgsqlDbType.TimestampTz, items.Select(i => i.At.ToUniversalTime()).ToArray());
            Array(p, "kinds", NpgsqlDbType.Smallint, items.Select(i => (short)i.Kind).ToArray());
            Array(p, "levels", NpgsqlDbType.Smallint, items.Select(i => i.Level is { } l ? (short?)l : null).ToArray());
            Array(p, "warning_ids", NpgsqlDbType.Uuid, items.Select(i => i.WarningId).ToArray());
            Array(p, "ticket_ids", NpgsqlDbType.Uuid, items.Select(i => i.TicketId).ToArray());
            Array(p, "titles", NpgsqlDbType.Text, items.Select(i => i.Title).ToArray());
            Array(p, "on_behalf_ofs", NpgsqlDbType.Text, items.Select(i => i.OnBehalfOf).ToArray());
        }, async reader => await reader.ReadAsync() ? reader.GetInt32(0) : 0, ct, lockKey: personId);
        if (added > 0)
        {
            // Which ones were new is not returned; telling of one already there only makes a page re-read.
            Tell(personId, items.Select(i => i.Id));
        }
        return added;
    }

    /// <summary>Newest first, strictly after <paramref name="before"/> when given; with the inbox's unread count.</summary>
    public Task<InboxPage> Page(string personId, InboxCursor? before, int limit, CancellationToken ct = default) =>
        Page(personId, before, limit, InboxFilter.All, ct);

    /// <summary>
    /// The items that pass <paramref name="filter"/>, newest first, strictly after <paramref name="before"/>; the unread
    /// count is the whole inbox's. The cursor is the last item's (time, id), so paging stays exact under any filter.
    /// </summary>
    public async Task<InboxPage> Page(string personId, InboxCursor? before, int limit, InboxFilter filter, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(limit, MaxLimit);
        await using var batch = dataSource.CreateBatch();
        var page = new NpgsqlBatchCommand(before is null ? InboxSql.FirstPage : InboxSql.NextPage);
        Text(page.Parameters, "person_id", personId);
        // One more than asked: whether there is a next page, without a count.
        page.Parameters.Add(new NpgsqlParameter<int>("limit", NpgsqlDbType.Integer) { TypedValue = limit + 1 });
        page.Parameters.Add(new NpgsqlParameter("unread", NpgsqlDbType.Boolean) { Value = filter.Unread is { } u ? u : DBNull.Value });
        page.Parameters.Add(new NpgsqlParameter("kinds", NpgsqlDbType.Array | NpgsqlDbType.Smallint)
        {
            Value = filter.Kinds.Count == 0 ? DBNull.Value : filter.Kinds.Select(k => (short)k).ToArray(),
        });
        if (before is { } cursor)
        {
            page.Parameters.Add(new NpgsqlParameter<DateTimeOffset>("before_at", NpgsqlDbType.TimestampTz) { TypedValue = cursor.At.ToUniversalTime() });
            Text(page.Parameters, "before_id", cursor.ItemId);
        }

        var unread = new NpgsqlBatchCommand(InboxSql.Unread);
        Text(unread.Parameters, "person_id", personId);
        batch.BatchCommands.Add(page);
        batch.BatchCommands.Add(unread);

        var items = new List<InboxEntry>(limit + 1);
        await using var reader = await batch.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            items.Add(Entry(reader));
        }

        await reader.NextResultAsync(ct);
        var count = await reader.ReadAsync(ct) ? reader.GetInt32(0) : 0;
        var more = items.Count > limit;
        if (more)
        {
            items.RemoveAt(limit);
        }

        return new InboxPage(items, count, more ? new InboxCursor(items[^1].At, items[^1].Id).Encode() : null);
    }

    /// <summary>Marks the given items of the person read (unknown or already read ones count nothing).</summary>
    public async Task<InboxReadResult> MarkRead(string personId, IReadOnlyCollection<string> itemIds, DateTimeOffset now, CancellationToken ct = default)
    {
        var result = await Mark(personId, InboxSql.MarkRead, now, p => Array(p, "item_ids", NpgsqlDbType.Text, itemIds.ToArray()), ct);
        if (result.Marked > 0)
        {
            Tell(personId, itemIds);
        }
        return result;
    }

    /// <summary>Marks every unread item of the person read.</summary>
    public async Task<InboxReadResult> MarkAllRead(string personId, DateTimeOffset now, CancellationToken ct = default)
    {
        var result = await Mark(personId, InboxSql.MarkAllRead, now, _ => { }, ct);
        if (result.Marked > 0)
        {
            Tell(personId, [AllItems]);
        }
        return result;
    }

    private void Tell(string personId, IEnumerable<string> itemIds)
    {
        var at = time.GetUtcNow();
        foreach (var id in itemIds)
        {
            live.Publish(new LiveChange(LiveTopic.InboxItem, id, null, null, personId, at));
        }
    }

    private async Task<InboxReadResult> Mark(string personId, string sql, DateTimeOffset now, Action<NpgsqlParameterCollection> parameters, CancellationToken ct)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        await using (var lockCounter = new NpgsqlCommand(InboxSql.LockCounter, connection, transaction))
        {
            Text(lockCounter.Parameters, "person_id", personId);
            if (await lockCounter.ExecuteScalarAsync(ct) is null)
            {
                return new InboxReadResult(0, 0); // never got an item
            }
        }

        await using var command = new NpgsqlCommand(sql, connection, transaction);
        Text(command.Parameters, "person_id", personId);
        command.Parameters.Add(new NpgsqlParameter<DateTimeOffset>("now", NpgsqlDbType.TimestampTz) { TypedValue = now.ToUniversalTime() });
        parameters(command.Parameters);
        InboxReadResult result;
        await using (var reader = await command.ExecuteReaderAsync(ct))
        {
            await reader.ReadAsync(ct);
            result = new InboxReadResult((int)reader.GetInt64(1), reader.GetInt32(0));
        }

        await transaction.CommitAsync(ct);
        return result;
    }

    private static InboxEntry Entry(NpgsqlDataReader r) => new(
        r.GetString(0),
        r.GetFieldValue<DateTimeOffset>(1),
        r.IsDBNull(4) ? null : r.GetGuid(4),
        r.IsDBNull(3) ? null : (WarningLevel)r.GetInt16(3),
        (InboxItemKind)r.GetInt16(2),
        r.GetString(6),
        r.IsDBNull(5) ? null : r.GetGuid(5),
        r.IsDBNull(7) ? null : r.GetString(7),
        r.IsDBNull(8) ? null : r.GetFieldValue<DateTimeOffset>(8));

    private static void Text(NpgsqlParameterCollection p, string name, string value) =>
        p.Add(new NpgsqlParameter<string>(name, NpgsqlDbType.Text) { TypedValue = value });

    private static void Array<T>(NpgsqlParameterCollection p, string name, NpgsqlDbType type, T[] values) =>
        p.Add(new NpgsqlParameter<T[]>(name, NpgsqlDbType.Array | type) { TypedValue = values });
}
