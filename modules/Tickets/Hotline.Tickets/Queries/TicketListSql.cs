namespace Hotline.Tickets.Queries;

/// <summary>The fixed SQL of the ticket list. Values always travel as parameters, never as text.</summary>
internal static class TicketListSql
{
    public const string Columns =
        "id, version, kind, project_id, branch_id, category, severity, status, issue_key, channel, text, " +
        "registered_at, breached, next_due_at, updated_at, owner_name_masked, owner_phone_masked";

    private const string Insert = $"""
        insert into ticket_list ({Columns})
        values (@id, @version, @kind, @project_id, @branch_id, @category, @severity, @status, @issue_key, @channel, @text,
                @registered_at, @breached, @next_due_at, @updated_at, @owner_name_masked, @owner_phone_masked)
        on conflict (id) do update set
            version = excluded.version, kind = excluded.kind, project_id = excluded.project_id,
            branch_id = excluded.branch_id, category = excluded.category, severity = excluded.severity,
            status = excluded.status, issue_key = excluded.issue_key, channel = excluded.channel,
            text = excluded.text, registered_at = excluded.registered_at, breached = excluded.breached,
            next_due_at = excluded.next_due_at, updated_at = excluded.updated_at,
            owner_name_masked = excluded.owner_name_masked, owner_phone_masked = excluded.owner_phone_masked
        """;

    /// <summary>A replayed or late write (same or older version) changes nothing.</summary>
    public const string Upsert = Insert + "\nwhere ticket_list.version < excluded.version";

    /// <summary>Rewrites the same version too (rebuild); an older version still changes nothing.</summary>
    public const string Refresh = Insert + "\nwhere ticket_list.version <= excluded.version";

    /// <summary>
    /// One round trip for the page and the total: the count row always comes back, joined to the page's
    /// rows (none past the last page). <c>{0}</c> is the WHERE clause built from fixed fragments.
    /// </summary>
    public const string SearchFormat = $$"""
        select c.total, p.*
        from (select count(*) as total from ticket_list where {0}) c
        left join lateral (
            select {{Columns}}
            from ticket_list
            where {0}
            order by registered_at desc, id desc
            limit @limit offset @offset
        ) p on true
        order by p.registered_at desc, p.id desc
        """;
}
