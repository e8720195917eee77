-- A8.1.4: QualityDept's weekly analysis for the vice-president in charge, and the complaints it marks major.

-- A released analysis, frozen: the canonical JSON exactly as hashed (SHA-256, hex) and who released it when.
-- Releasing the week again adds the next version beside the old one; a version is "replaced" when a later one
-- exists, so no row is ever updated (append-only, like the penalty ledger).
create table weekly_analyses (
    week text not null,                   -- the report week's key, 'YYYY-Www' of its Friday
    version integer not null,
    content text not null,
    sha256 char(64) not null,
    released_by text not null,
    released_at timestamptz not null,
    primary key (week, version),
    constraint weekly_analyses_week check (week ~ '^[0-9]{4}-W[0-9]{2}$'),
    constraint weekly_analyses_version check (version > 0),
    constraint weekly_analyses_sha256 check (sha256 ~ '^[0-9a-f]{64}$')
);

create function weekly_analyses_append_only() returns trigger language plpgsql as $fn$
begin
    raise exception 'weekly_analyses is append-only: release a new version instead of %', tg_op;
end
$fn$;

create trigger weekly_analyses_append_only before update or delete on weekly_analyses
    for each row execute function weekly_analyses_append_only();

-- A complaint QualityDept marked major (reported to the vice-president at once): one row per ticket, the first mark kept.
create table major_complaints (
    ticket_id uuid primary key,
    number bigint not null,
    project_id text not null,
    branch_id text not null,
    reason text not null,
    marked_by text not null,
    marked_at timestamptz not null,
    constraint major_complaints_reason check (length(btrim(reason)) > 0)
);

-- Listed by the time they were marked (a period's list, the week's analysis).
create index major_complaints_marked on major_complaints (marked_at, ticket_id);
