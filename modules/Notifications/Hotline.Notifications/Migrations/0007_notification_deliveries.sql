-- Issue 4: every notification that reaches an inbox also goes to each configured channel plugin (SMS, ...).
-- One row per (event, person, channel), recorded before the send: the unique constraint makes repeats and
-- retries of the notifier a no-op, and a pending row outlives a silo crash (any silo's sweep picks it up).
-- No phone number is stored: the channel reads it from the organisation when it sends.
create table notification_deliveries (
    delivery_id uuid primary key,             -- name-based from event, person and channel; the channel's idempotency key
    event_id text not null,                   -- the inbox item id (a stand-in's copy has its own)
    person_id text not null,
    channel text not null,
    text text not null,                       -- fixed when recorded, so every retry sends the same message
    status text not null,
    attempts int not null default 0,
    next_attempt_at timestamptz null,         -- pending: when the next send is due; sending: when its claim expires
    last_error text null,
    created_at timestamptz not null,
    updated_at timestamptz not null,
    delivered_at timestamptz null,
    constraint notification_deliveries_status check (status in ('pending', 'sending', 'delivered', 'failed')),
    constraint notification_deliveries_attempts check (attempts >= 0),
    constraint notification_deliveries_once unique (event_id, person_id, channel)
);

-- The sweep reads what is due; operators read one person's deliveries, newest first.
create index notification_deliveries_due on notification_deliveries (next_attempt_at) where status in ('pending', 'sending');
create index notification_deliveries_person on notification_deliveries (person_id, created_at desc);
