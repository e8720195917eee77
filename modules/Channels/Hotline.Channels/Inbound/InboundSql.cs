namespace Hotline.Channels.Inbound;

/// <summary>The statements over inbound_messages (this module's migration).</summary>
internal static class InboundSql
{
    public const string Columns = """
        inbound_id, channel, path, received_at, content_type, headers::text, body, status, attempts, next_attempt_at,
        last_error, message_id, ticket_id, ticket_number, duplicate_of
        """;

    /// <summary>Stored before parsing; due for a sweep only once the lease passes (the webhook handles it meanwhile).</summary>
    public const string Insert = """
        insert into inbound_messages (inbound_id, channel, path, received_at, content_type, headers, body, status, attempts, next_attempt_at, updated_at)
        values (@id, @channel, @path, @now, @content_type, @headers::jsonb, @body, 'received', 1, @lease_until, @now)
        """;

    /// <summary>Takes the channel's message id for this row; the unique index refuses it when another row has it.</summary>
    public const string TakeMessageId = "update inbound_messages set message_id = @message_id, updated_at = @now where inbound_id = @id";

    public const string ByMessage = $"select {Columns} from inbound_messages where channel = @channel and message_id = @message_id";

    public const string ById = $"select {Columns} from inbound_messages where inbound_id = @id";

    public const string Complete = """
        update inbound_messages
        set status = @status, next_attempt_at = @next_attempt_at, last_error = @last_error, ticket_id = coalesce(@ticket_id, ticket_id),
            ticket_number = coalesce(@ticket_number, ticket_number), sender_phone = coalesce(@sender_phone, sender_phone),
            duplicate_of = coalesce(@duplicate_of, duplicate_of), updated_at = @now
        where inbound_id = @id
        """;

    /// <summary>
    /// Claims due rows for one attempt: failed ones whose retry is due, and received or processing ones whose lease
    /// passed (their silo died mid-way). SKIP LOCKED lets several silos sweep at once without taking the same row.
    /// </summary>
    public const string Claim = $"""
        update inbound_messages m
        set status = 'processing', attempts = m.attempts + 1, next_attempt_at = @lease_until, updated_at = @now
        from (
            select inbound_id from inbound_messages
            where status in ('failed', 'received', 'processing') and next_attempt_at <= @now
            order by next_attempt_at
            limit @batch
            for update skip locked
        ) due
        where m.inbound_id = due.inbound_id
        returning m.inbound_id
        """;

    /// <summary>An operator's retry: claims one row now, unless it is done (processed, ignored, a duplicate).</summary>
    public const string ClaimOne = """
        update inbound_messages
        set status = 'processing', attempts = attempts + 1, next_attempt_at = @lease_until, updated_at = @now
        where inbound_id = @id and status in ('failed', 'received', 'processing', 'awaiting-household', 'refused')
        returning inbound_id
        """;

    /// <summary>The messages of a sender that wait for a household, oldest first.</summary>
    public const string Waiting = "select inbound_id from inbound_messages where status = 'awaiting-household' and sender_phone = @phone order by received_at";

    public const string List = """
        select inbound_id, channel, path, received_at, content_type, '{}', ''::bytea, status, attempts, next_attempt_at,
               last_error, message_id, ticket_id, ticket_number, duplicate_of
        from inbound_messages
        where (@status::text is null or status = @status) and (@channel::text is null or channel = @channel)
          and (@before::timestamptz is null or received_at < @before)
        order by received_at desc, inbound_id desc
        limit @limit
        """;
}
