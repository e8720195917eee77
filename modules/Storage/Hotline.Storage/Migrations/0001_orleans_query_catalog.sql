-- Orleans' ADO.NET providers look up their SQL by key in orleansquery(querykey, querytext).
-- Orleans never runs DDL and never opens a transaction: each text below is a single statement,
-- so PostgreSQL makes it atomic. Texts are cached by the silo at start-up; changing one needs a restart.
create table orleansquery (
    querykey text primary key,
    querytext text not null
);

comment on table orleansquery is 'SQL texts of Orleans'' ADO.NET providers, keyed by Orleans'' query key (case-sensitive).';

-- ETags for grain state and reminders only need to differ from the previous one; a hot grain can
-- reach int32 max within weeks, so wrap instead of overflowing (Orleans parses ETags as int32).
create function orleans_next_version(current_version integer) returns integer
    language sql immutable parallel safe
    return case when current_version >= 2147483647 then 1 else current_version + 1 end;
