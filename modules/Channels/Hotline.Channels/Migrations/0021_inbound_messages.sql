-- Issue 11: every authenticated webhook request of an intake channel, stored raw before it is parsed, so nothing an
-- owner sends is lost: a failure while processing leaves the row 'failed' with its error and a time to try again.
-- The unique (channel, message_id) makes a provider's repeated delivery one message (and one ticket).
create table inbound_messages (
    inbound_id uuid primary key,
    channel text not null,
    path text not null,
    received_at timestamptz not null,
    content_type text null,
    headers jsonb not null default '{}'::jsonb,  -- the kept headers (never the signature ones)
    body bytea not null,
    status text not null,
    attempts int not null default 0,
    next_attempt_at timestamptz null,            -- failed: when the retry is due; processing: when the claim expires
    last_error text null,                        -- no personal data: a reason and the exception's type
    message_id text null,                        -- the channel's own id of the message, once parsed
    sender_phone text null,                      -- normalised; kept while the message waits for a household
    ticket_id uuid null,
    ticket_number text null,                     -- the ticket's tracking number, as answered to the provider
    duplicate_of uuid null,                      -- for a repeated delivery: the first one's row
    updated_at timestamptz not null,
    constraint inbound_messages_status check (status in
        ('received', 'processing', 'processed', 'ignored', 'refused', 'failed', 'awaiting-household', 'rate-limited', 'duplicate')),
    constraint inbound_messages_attempts check (attempts >= 0)
);

create unique index inbound_messages_once on inbound_messages (channel, message_id) where message_id is not null;
-- The retry sweep reads what is due; operators read newest first, by status or channel.
create index inbound_messages_due on inbound_messages (next_attempt_at) where status in ('failed', 'processing', 'received');
create index inbound_messages_recent on inbound_messages (received_at desc, inbound_id desc);
create index inbound_messages_waiting on inbound_messages (sender_phone) where status = 'awaiting-household';

-- Senders the household registry does not know (or knows in several households): unverified contacts the call center
-- matches to a household; their waiting messages are then processed into tickets.
create table unverified_contacts (
    contact_id uuid primary key,                 -- name-based from the normalised phone
    phone text not null unique,
    name text null,
    status text not null,
    first_seen_at timestamptz not null,
    last_seen_at timestamptz not null,
    messages int not null default 0,
    project_id text null,
    household text null,
    matched_by text null,
    matched_at timestamptz null,
    constraint unverified_contacts_status check (status in ('unverified', 'matched'))
);

create index unverified_contacts_status on unverified_contacts (status, last_seen_at desc);
