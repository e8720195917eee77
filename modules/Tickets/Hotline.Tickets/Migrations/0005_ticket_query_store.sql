-- The ticket query store: one row per ticket, projected from the ticket grain (the source of truth)
-- after each state change, for lists and filters. Details keep reading the grain.
-- Enumerations are stored by name (text), so new statuses, kinds or severities need no migration.
-- A write applies only when its version is newer than the stored one (see PostgresTicketQueryStore).
create table ticket_list (
    id uuid primary key,
    version integer not null,
    kind text not null,
    project_id text not null,
    branch_id text not null,
    category text not null,
    severity text not null,
    status text not null,
    issue_key text not null,
    channel text not null,
    text text not null,
    registered_at timestamptz not null,
    breached boolean not null,
    next_due_at timestamptz null,     -- earliest deadline of the pending clocks; NULL when none is pending
    updated_at timestamptz not null   -- when the row was last projected (the grain's clock)
);

-- Lists are newest first with id as the tiebreak, so pages are stable; each common filter leads an
-- index ending in the same order, so a filtered page is read in order without a sort.
create index ticket_list_newest on ticket_list (registered_at desc, id desc);
create index ticket_list_project on ticket_list (project_id, registered_at desc, id desc);
create index ticket_list_branch on ticket_list (branch_id, registered_at desc, id desc);
create index ticket_list_status on ticket_list (status, registered_at desc, id desc);
create index ticket_list_category on ticket_list (category, registered_at desc, id desc);
-- Breached tickets are few and watched often: a partial index keeps them cheap to list.
create index ticket_list_breached on ticket_list (registered_at desc, id desc) where breached;
-- Upcoming deadlines ("due soon" views), only for tickets with a pending clock.
create index ticket_list_next_due on ticket_list (next_due_at) where next_due_at is not null;
