namespace Hotline.Notifications.Deliveries;

/// <summary>The statements over notification_deliveries (migration 0007).</summary>
internal static class DeliverySql
{
    public const string Columns = "delivery_id, event_id, person_id, channel, status, attempts, next_attempt_at, last_error, created_at, updated_at, delivered_at";

    /// <summary>The unique (event_id, person_id, channel) constraint makes a repeated notification a no-op.</summary>
    public const string Record = """
        insert into notification_deliveries (delivery_id, event_id, person_id, channel, text, status, attempts, next_attempt_at, created_at, updated_at)
        values (@delivery_id, @event_id, @person_id, @channel, @text, 'pending', 0, @now, @now, @now)
        on conflict do nothing
        """;

    /// <summary>
    /// Claims due deliveries of the given channels for one attempt: pending ones, and sending ones whose claim expired
    /// (the silo died mid-send). SKIP LOCKED lets several silos sweep at once without taking the same row.
    /// </summary>
    public const string Claim = """
        update notification_deliveries d
        set status = 'sending', attempts = d.attempts + 1, next_attempt_at = @lease_until, updated_at = @now
        from (
            select delivery_id from notification_deliveries
            where status in ('pending', 'sending') and next_attempt_at <= @now and channel = any(@channels)
            order by next_attempt_at
            limit @batch
            for update skip locked
        ) due
        where d.delivery_id = due.delivery_id
        returning d.delivery_id, d.event_id, d.person_id, d.channel, d.text, d.attempts, d.created_at
        """;

    /// <summary>Ends one attempt; only the claim that made it (same attempt number) may end it.</summary>
    public const string Complete = """
        update notification_deliveries
        set status = @status, next_attempt_at = @next_attempt_at, last_error = @last_error, updated_at = @now,
            delivered_at = case when @status = 'delivered' then @now else delivered_at end
        where delivery_id = @delivery_id and status = 'sending' and attempts = @attempt
        returning 1
        """;

    public const string ForPerson = $"""
        select {Columns} from notification_deliveries
        where person_id = @person_id and (@event_id::text is null or event_id = @event_id)
        order by created_at desc, channel
        limit 500
        """;
}
