-- Looking tickets up: a short number read over the phone, the columns the list filters on, and an index for text search.

-- Every ticket gets a short number, unique in the company (one deployment serves one company): a sequence the
-- database draws from when a ticket's first list row is written. Rows rewrite every column but this one, so a number
-- never changes. Tickets already listed are numbered in registration order.
create sequence ticket_list_number;
alter table ticket_list add column number bigint null;
update ticket_list t set number = n.number
from (select id, row_number() over (order by registered_at, id) as number from ticket_list) n
where t.id = n.id;
select setval('ticket_list_number', coalesce((select max(number) from ticket_list), 0) + 1, false);
alter table ticket_list
    alter column number set default nextval('ticket_list_number'),
    alter column number set not null;
alter sequence ticket_list_number owned by ticket_list.number;
create unique index ticket_list_by_number on ticket_list (number);

-- What lists show and filter on beside the ticket's state. Rows written before this migration leave them NULL until the
-- ticket next changes or POST /api/admin/query-store/rebuild rewrites every row from the grains.
alter table ticket_list
    add column warning_level text null,            -- the highest warning raised (Blue, Yellow, Red); NULL: none
    add column household text null,
    add column responsible_department text null,   -- the plan's department, else the category's
    add column promised_completion_at timestamptz null,
    add column assignee text null;                 -- who must act next: unit, unit-heads, call-center, supervisor; NULL: nobody

create index ticket_list_warning_level on ticket_list (warning_level, registered_at desc, id desc) where warning_level is not null;
create index ticket_list_assignee on ticket_list (assignee, registered_at desc, id desc) where assignee is not null;

-- Text search. The database runs with locale C, where pg_trgm's trigrams skip every Chinese character, so the
-- index keeps the distinct lower-cased character pairs (bigrams) of each text instead: any text containing a query
-- contains all the query's bigrams, so "bigrams contain the query's bigrams" narrows by the GIN index and the
-- ILIKE that follows keeps the exact substring match. Both sides use the same lower(), as ILIKE does.
create function ticket_search_bigrams(value text) returns text[]
    language sql immutable strict parallel safe
    as $fn$
        select coalesce(array_agg(distinct substr(l, i, 2)), '{}')
        from (select lower(value) as l) s, generate_series(1, length(s.l) - 1) as i
    $fn$;

alter table ticket_list add column search_bigrams text[] generated always as (ticket_search_bigrams(text)) stored;
create index ticket_list_search on ticket_list using gin (search_bigrams);
