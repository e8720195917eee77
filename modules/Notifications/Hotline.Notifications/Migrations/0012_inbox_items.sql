-- Notifications: a person's inbox as rows, read a page at a time. Until now each inbox was one grain state
-- holding every item ever received, rewritten on each delivery; a delivery is now one insert, whatever the history.
-- The legacy states (orleans_storage, statename 'inbox') are moved here by the silo at start, then cleared.
create table inbox_items (
    person_id text not null,                  -- whose inbox (a stand-in's copy is in the stand-in's inbox)
    item_id text collate "C" not null,        -- deterministic per event (InboxItemIds): a repeat delivery is a no-op
    at timestamptz not null,                  -- the item's time; the inbox is newest first by (at, item_id)
    kind smallint not null,                   -- InboxItemKind's stored value
    level smallint null,                      -- WarningLevel's stored value; null for notices about no warning
    warning_id uuid null,
    ticket_id uuid null,
    title text not null,
    on_behalf_of text null,                   -- the person it was meant for, when a stand-in got it
    read_at timestamptz null,                 -- null while unread
    primary key (person_id, item_id)
);

-- Keyset paging, newest first: (person_id, at, item_id) scanned backwards from the cursor.
create index inbox_items_newest on inbox_items (person_id, at, item_id);

-- "Mark all read" visits only the unread rows.
create index inbox_items_unread on inbox_items (person_id) where read_at is null;

-- The unread count, kept in the statements that add and read items, so reading it costs one row.
create table inbox_unread (
    person_id text primary key,
    unread int not null,
    constraint inbox_unread_not_negative check (unread >= 0)
);
