namespace Hotline.Channels.Outbound;

/// <summary>The statements over owner_outbox (this module's migration "owner_outbox").</summary>
internal static class OwnerOutboxSql
{
    public const string Columns = "message_id, ticket_id, ticket_number, event_key, channel, kind, phone, text, status, attempts, next_attempt_at, last_error, created_at, updated_at, delivered_at, ticket_recorded_at";

    /// <summary>
    /// The primary key (name-based from ticket, event, channel) makes a repeated notice a no-op (no row returned). A row
    /// recorded as sending is claimed for its first attempt by the recording silo, as <see cref="Claim"/> would claim it.
    /// </summary>
    public const string Record = """
        insert into owner_outbox (message_id, ticket_id, ticket_number, event_key, channel, kind, phone, account_id, owner_name, text,
                                  status, attempts, next_attempt_at, last_error, created_at, updated_at)
        values (@message_id, @ticket_id, @ticket_number, @event_key, @channel, @kind, @phone, @account_id, @owner_name, @text,
                @status, @attempts, @next_attempt_at, @last_error, @now, @now)
        on conflict do nothing
        returning 1
        """;

    /// <summary>
    /// Claims due messages for one attempt: pending ones, and sending ones whose claim expired (the silo died mid-send).
    /// SKIP LOCKED lets several silos sweep at once without taking the same row.
    /// </summary>
    public const string Claim = """
        update owner_outbox o
        set status = 'sending', attempts = o.attempts + 1, next_attempt_at = @lease_until, updated_at = @now
        from (
            select message_id from owner_outbox
            where status in ('pending', 'sending') and next_attempt_at <= @now
            order by next_attempt_at
            limit @batch
            for update skip locked
        ) due
        where o.message_id = due.message_id
        returning o.message_id, o.ticket_id, o.ticket_number, o.event_key, o.channel, o.kind, o.phone, o.account_id, o.owner_name, o.text, o.attempts, o.created_at
        """;

    /// <summary>
    /// Ends one attempt; only the claim that made it (same attempt number) may end it. Once delivered or given up the
    /// owner's address is no longer needed and is cleared (personal data kept only as long as needed).
    /// </summary>
    public const string Complete = """
        update owner_outbox
        set status = @status, next_attempt_at = @next_attempt_at, last_error = @last_error, updated_at = @now,
            delivered_at = case when @status = 'delivered' then @now else delivered_at end,
            phone = case when @status in ('delivered', 'failed') then null else phone end,
            account_id = case when @status in ('delivered', 'failed') then null else account_id end,
            owner_name = case when @status in ('delivered', 'failed') then null else owner_name end
        where message_id = @message_id and status = 'sending' and attempts = @attempt
        returning 1
        """;

    /// <summary>Delivered messages whose ticket has not recorded the delivery yet (the grain call failed or the silo died).</summary>
    public const string Unrecorded = """
        select message_id, ticket_id, event_key, channel, delivered_at from owner_outbox
        where status = 'delivered' and ticket_recorded_at is null and delivered_at <= @now
        order by delivered_at
        limit @batch
        """;

    public const string MarkRecorded = "update owner_outbox set ticket_recorded_at = @now where message_id = @message_id returning 1";

    /// <summary>Newest first, keyset-paged by (created_at, message_id).</summary>
    public const string List = $"""
        select {Columns} from owner_outbox
        where (@status::text is null or status = @status)
          and (@ticket_id::uuid is null or ticket_id = @ticket_id)
          and (@before_at::timestamptz is null or (created_at, message_id) < (@before_at, @before_id))
        order by created_at desc, message_id desc
        limit @limit
        """;
}
