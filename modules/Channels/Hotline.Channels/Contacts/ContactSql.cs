namespace Hotline.Channels.Contacts;

/// <summary>The statements over unverified_contacts (this module's migration).</summary>
internal static class ContactSql
{
    public const string Columns = "contact_id, phone, name, status, first_seen_at, last_seen_at, messages, project_id, household, matched_by, matched_at";

    /// <summary>One row per phone: a later message counts on it (and names the sender, if it now gives a name).</summary>
    public const string Seen = """
        insert into unverified_contacts (contact_id, phone, name, status, first_seen_at, last_seen_at, messages)
        values (@id, @phone, @name, 'unverified', @now, @now, 1)
        on conflict (phone) do update
        set last_seen_at = excluded.last_seen_at, messages = unverified_contacts.messages + 1,
            name = coalesce(excluded.name, unverified_contacts.name)
        """;

    public const string List = $"""
        select {Columns} from unverified_contacts
        where (@status::text is null or status = @status)
        order by last_seen_at desc, contact_id
        limit @limit
        """;

    public const string ById = $"select {Columns} from unverified_contacts where contact_id = @id";

    public const string MatchedByPhone = "select project_id, household from unverified_contacts where phone = @phone and status = 'matched'";

    public const string Match = """
        update unverified_contacts
        set status = 'matched', project_id = @project_id, household = @household, matched_by = @matched_by, matched_at = @now
        where contact_id = @id
        """;
}
