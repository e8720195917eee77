-- Issue 11: what Hotline tells owners (received with the tracking number, plan confirmed, resolved, suggestion decided,
-- found invalid, reopened). One row per (ticket, event, channel), recorded before the send: the primary key makes a
-- repeated notice a no-op, and a pending row outlives a silo crash (any silo's sweep picks it up). The owner's
-- address is personal data: kept only until the message is delivered or given up, then cleared (see address_cleared).
create table owner_outbox (
    message_id text collate "C" primary key,  -- name-based from ticket, event and channel; the channel's idempotency key
    ticket_id uuid not null,
    ticket_number text not null,              -- the tracking number the text names (000123)
    event_key text not null,                  -- the ticket's own key for the event (received, resolved-…)
    channel text not null,                    -- the intake channel it goes out by (the ticket's, or the fallback)
    kind text not null,                       -- acknowledgement, reply, notification
    phone text null,                          -- the owner's address while it is needed; null once done
    account_id text null,
    owner_name text null,
    text text not null,                       -- fixed when recorded, so every retry sends the same message
    status text not null,
    attempts int not null default 0,
    next_attempt_at timestamptz null,         -- pending: when the next send is due; sending: when its claim expires
    last_error text null,
    created_at timestamptz not null,
    updated_at timestamptz not null,
    delivered_at timestamptz null,
    ticket_recorded_at timestamptz null,      -- when the ticket's timeline recorded the delivery (A10.2.3)
    constraint owner_outbox_status check (status in ('pending', 'sending', 'delivered', 'failed', 'unaddressed')),
    constraint owner_outbox_attempts check (attempts >= 0),
    constraint owner_outbox_once unique (ticket_id, event_key, channel)
);

-- The sweep reads what is due, and deliveries the ticket has not recorded yet; operators read newest first.
create index owner_outbox_due on owner_outbox (next_attempt_at) where status in ('pending', 'sending');
create index owner_outbox_unrecorded on owner_outbox (delivered_at) where status = 'delivered' and ticket_recorded_at is null;
create index owner_outbox_newest on owner_outbox (created_at desc, message_id);
create index owner_outbox_ticket on owner_outbox (ticket_id, created_at desc);

-- The local development SMS gateway (Hotline:Channels:DevGateway:Enabled, never in production): what the SMS gateway
-- plugin posted, idempotent by its message id, so a demo run and the tests can read every SMS sent.
create table dev_sms_outbox (
    message_id text collate "C" primary key,
    recipient text not null,
    text text not null,
    received_at timestamptz not null
);

create index dev_sms_outbox_newest on dev_sms_outbox (received_at desc, message_id);
create index dev_sms_outbox_recipient on dev_sms_outbox (recipient, received_at desc);
