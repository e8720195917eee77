namespace Hotline.Channels.PortalMessages;

/// <summary>The statements over portal_messages (this module's migration "owner_preferences_and_portal_messages").</summary>
internal static class PortalMessageSql
{
    /// <summary>
    /// The message and its owner outbox row (delivered: the portal is its own delivery) in one statement, so neither is
    /// ever there without the other; a repeated notice inserts neither. The ticket records the delivery from the outbox.
    /// </summary>
    public const string Deliver = """
        with message as (
            insert into portal_messages (message_id, ticket_id, ticket_number, project_id, household, owner_key, kind, text, created_at)
            values (@message_id, @ticket_id, @ticket_number, @project_id, @household, @owner_key, @kind, @text, @now)
            on conflict do nothing
            returning message_id
        )
        insert into owner_outbox (message_id, ticket_id, ticket_number, event_key, channel, kind, text, status, attempts, created_at, updated_at, delivered_at)
        select message_id, @ticket_id, @ticket_number, @event_key, @channel, @kind, @text, 'delivered', 1, @now, @now, @now from message
        on conflict do nothing
        """;

    /// <summary>The reader's messages: their households', and those addressed to them about a ticket naming no household.</summary>
    private const string Visible = """
        ((project_id, household) in (select p, h from unnest(@projects::text[], @households::text[]) as mine(p, h))
         or (household is null and owner_key = @owner_key))
        """;

    /// <summary>Newest first, keyset-paged by (created_at, message_id).</summary>
    public const string List = $"""
        select message_id, ticket_id, ticket_number, text, created_at, read_at from portal_messages
        where {Visible}
          and (@before_at::timestamptz is null or (created_at, message_id) < (@before_at, @before_id))
        order by created_at desc, message_id desc
        limit @limit
        """;

    public const string Unread = $"select count(*) from portal_messages where read_at is null and {Visible}";

    public const string MarkRead = $"update portal_messages set read_at = @now where read_at is null and message_id = any(@ids) and {Visible}";
}
