-- One-time carry-overs of state that earlier versions wrote: a row once one has finished, so later starts skip it
-- instead of activating every project again.
create table organization_upgrades (
    name text primary key,
    done_at timestamptz not null
);
