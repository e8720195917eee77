using System.Globalization;
using Hotline.BuildingBlocks;

namespace Hotline.Tickets.Queries;

/// <summary>The fixed SQL of the ticket list. Values always travel as parameters, never as text.</summary>
internal static class TicketListSql
{
    /// <summary>The columns lists read (all but <c>number</c>, the database's, and <c>search_bigrams</c>, the text index's).</summary>
    private const string ListColumns =
        "id, version, kind, project_id, branch_id, category, severity, status, issue_key, channel, text, " +
        "registered_at, breached, next_due_at, updated_at, owner_name_masked, owner_phone_masked, " +
        "warning_level, household, responsible_department, promised_completion_at, assignee, handler";

    /// <summary>What the reports count (migration 0027, <see cref="TicketReportFacts"/>): written here, read only by the reports' SQL.</summary>
    private const string ReportColumns =
        "resolved_at, closed_at, clock_start, clock_contact, clock_plan, clock_resolution, clock_suggestion_reply, " +
        "rating_overall, rating_speed, rating_attitude, suggestion_adopted";

    /// <summary>Every column a write sets: the last, the text's search pairs, is worked out apart (<see cref="Values"/>).</summary>
    private const string WriteColumns = ListColumns + ", " + ReportColumns + ", search_bigrams";

    /// <summary>What a list read returns, in <see cref="PostgresTicketQueryStore"/>'s reading order: no report column.</summary>
    public const string Columns = ListColumns + ", number";

    /// <summary>
    /// The written values. The search pairs come from the writer (<see cref="SearchPairs"/>); where only the database
    /// can tell them (a cased letter outside ASCII, or text that is not valid UTF-16) the writer sends none and the database works them out.
    /// </summary>
    private static readonly string Values = SqlColumnList.Parameters(ListColumns + ", " + ReportColumns) +
        ", coalesce(@search_bigrams, ticket_search_bigrams(@text))";

    private static readonly string Overwrite = SqlColumnList.OverwriteFromExcluded(WriteColumns, key: "id");

    /// <summary>
    /// One statement per write. An existing row is updated in place; only a ticket without a row inserts, so only
    /// a new ticket draws a number from the sequence (an INSERT ... ON CONFLICT alone would draw one on every write,
    /// leaving gaps that make numbers longer to read out). Two first writes racing meet in ON CONFLICT, as before.
    /// <c>{0}</c> is the version comparison. It returns the row's number when it wrote the row (nothing for a stale
    /// write), so the writer learns a new ticket's number without asking again; a batched statement must return a result set.
    /// </summary>
    private static readonly string WriteFormat = $$"""
        with changed as (
            update ticket_list set ({{WriteColumns}}) = ({{Values}})
            where id = @id and version {0} @version
            returning number),
        inserted as (
            insert into ticket_list ({{WriteColumns}})
            select {{Values}}
            where not exists (select 1 from ticket_list where id = @id)
            on conflict (id) do update set {{Overwrite}}
            where ticket_list.version {0} excluded.version
            returning number)
        select number from changed union all select number from inserted
        """;

    /// <summary>A replayed or late write (same or older version) changes nothing.</summary>
    public static readonly string Upsert = string.Format(CultureInfo.InvariantCulture, WriteFormat, "<");

    /// <summary>Rewrites the same version too (rebuild); an older version still changes nothing.</summary>
    public static readonly string Refresh = string.Format(CultureInfo.InvariantCulture, WriteFormat, "<=");

    /// <summary>
    /// Open tickets per handler (the cap of issue 11's dispatch modes): one indexed query for all the handlers asked about.
    /// Open is every status but resolved, closed and invalid, as <c>TicketStatus</c> names them.
    /// </summary>
    public const string OpenPerHandler = """
        select handler, count(*) from ticket_list
        where handler = any(@handlers) and status not in ('Resolved', 'Closed', 'Invalid')
        group by handler
        """;

    /// <summary>The open tickets one handler holds (the handler cap's exact count).</summary>
    public const string OpenHeldBy = "select id from ticket_list where handler = @handler and status not in ('Resolved', 'Closed', 'Invalid')";

    /// <summary>A ticket's id by its short number.</summary>
    public const string IdByNumber = "select id from ticket_list where number = @number";

    /// <summary>A ticket's short number by its id.</summary>
    public const string NumberById = "select number from ticket_list where id = @id";

    /// <summary>
    /// One round trip for the page and the count: the count row always comes back, joined to the page's rows (none
    /// past the last page). Counting stops at <c>@cap</c> matches, so a broad filter over a million tickets costs a
    /// bounded count instead of a scan of every match. <c>{0}</c> is the WHERE clause built from fixed fragments.
    /// </summary>
    public const string SearchFormat = $$"""
        select c.total, p.*
        from (select count(*) as total from (select 1 from ticket_list where {0} limit @cap) m) c
        left join lateral (
            select {{Columns}}
            from ticket_list
            where {0}
            order by registered_at desc, id desc
            limit @limit offset @offset
        ) p on true
        order by p.registered_at desc, p.id desc
        """;

    /// <summary>The capped count alone (text searches: see PostgresTicketQueryStore.SearchText).</summary>
    public const string CountFormat = "select count(*) from (select 1 from ticket_list where {0} limit @cap) m";

    /// <summary>One page alone, newest first.</summary>
    public const string PageFormat = $"select {Columns} from ticket_list where {{0}} order by registered_at desc, id desc limit @limit offset @offset";
}
