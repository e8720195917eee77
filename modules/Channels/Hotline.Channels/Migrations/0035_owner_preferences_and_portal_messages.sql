-- Issue 11, the owner hears back: how an owner chose to be told, and the portal's own messages (the web channel's
-- outbound). Owners are keyed by their actor id (owner: and a digest of the normalised phone), never by the number.

-- An owner who never chose has no row and keeps the default routing (the ticket's own door, else the SMS fallback).
create table owner_channel_preferences (
    owner_key text collate "C" primary key,   -- OwnerActors.ForPhone(phone).PersonId
    channel text not null,                    -- 'web' (in the portal) or an installed intake channel's id
    updated_at timestamptz not null
);

-- What the portal shows an owner told "in the portal". Each row is also in owner_outbox (same message_id, channel
-- 'web', delivered): both are written by one statement, so neither exists without the other.
create table portal_messages (
    message_id text collate "C" primary key,  -- the owner outbox's message id
    ticket_id uuid not null,
    ticket_number text not null,
    project_id text null,                     -- the ticket's household: every owner of it reads the message
    household text null,
    owner_key text not null,                  -- the owner it was addressed to: reads it when the ticket names no household
    kind text not null,                       -- acknowledgement, reply, notification
    text text not null,
    created_at timestamptz not null,
    read_at timestamptz null                  -- when an owner of the household first saw it in the portal
);

create index portal_messages_household on portal_messages (project_id, household, created_at desc, message_id desc);
create index portal_messages_owner on portal_messages (owner_key, created_at desc, message_id desc) where household is null;
