namespace Hotline.Notifications.Inbox;

/// <summary>The statements over inbox_items and inbox_unread (migration 0012).</summary>
internal static class InboxSql
{
    private const string Columns = "item_id, at, kind, level, warning_id, ticket_id, title, on_behalf_of, read_at";

    /// <summary>
    /// Adds the given items of one person unless their ids are there already, and counts the new ones as unread,
    /// in one statement (PostgreSQL runs every data-modifying WITH part to completion, read or not). Parameters are
    /// parallel arrays, so one item and a whole legacy inbox take the same path. Answers how many items were new.
    /// </summary>
    public const string Deliver = """
        with added as (
            insert into inbox_items (person_id, item_id, at, kind, level, warning_id, ticket_id, title, on_behalf_of)
            select @person_id, i.item_id, i.at, i.kind, i.level, i.warning_id, i.ticket_id, i.title, i.on_behalf_of
            from unnest(@item_ids, @ats, @kinds, @levels, @warning_ids, @ticket_ids, @titles, @on_behalf_ofs)
                as i(item_id, at, kind, level, warning_id, ticket_id, title, on_behalf_of)
            on conflict do nothing
            returning 1
        ), counted as (
            insert into inbox_unread (person_id, unread)
            select @person_id, count(*) from added having count(*) > 0
            on conflict (person_id) do update set unread = inbox_unread.unread + excluded.unread
            returning 1
        )
        select count(*)::int from added
        """;

    /// <summary>The page's filter (<see cref="InboxFilter"/>): a null parameter lets every item through.</summary>
    private const string Filter = "(@unread::boolean is null or (read_at is null) = @unread) and (@kinds::smallint[] is null or kind = any(@kinds))";

    public const string FirstPage = $"""
        select {Columns} from inbox_items
        where person_id = @person_id and {Filter}
        order by at desc, item_id desc
        limit @limit
        """;

    /// <summary>Strictly after the cursor in newest-first order: no item twice, none skipped, even at equal times.</summary>
    public const string NextPage = $"""
        select {Columns} from inbox_items
        where person_id = @person_id and (at, item_id) < (@before_at, @before_id) and {Filter}
        order by at desc, item_id desc
        limit @limit
        """;

    public const string Unread = "select unread from inbox_unread where person_id = @person_id";

    /// <summary>Taken first by whoever marks items read, so two of them for one person never deadlock on item rows.</summary>
    public const string LockCounter = "select unread from inbox_unread where person_id = @person_id for update";

    /// <summary>Marks the given unread items read and takes them off the count; an id already read or unknown counts nothing.</summary>
    public const string MarkRead = """
        with marked as (
            update inbox_items set read_at = @now
            where person_id = @person_id and item_id = any(@item_ids) and read_at is null
            returning 1
        )
        update inbox_unread set unread = unread - (select count(*) from marked)
        where person_id = @person_id
        returning unread, (select count(*) from marked)
        """;

    public const string MarkAllRead = """
        with marked as (
            update inbox_items set read_at = @now
            where person_id = @person_id and read_at is null
            returning 1
        )
        update inbox_unread set unread = unread - (select count(*) from marked)
        where person_id = @person_id
        returning unread, (select count(*) from marked)
        """;
}
