-- A10.1.3.5: the monthly bulletin, published by QualityDept and frozen once published. Each publication of a month is
-- a new version beside the earlier ones (a version is "replaced" when a later one of its month exists; nothing is
-- updated). content is the canonical JSON exactly as hashed: kept as text, not jsonb, so its bytes (and so its
-- SHA-256) are what was published.
create table monthly_bulletins (
    month char(7) not null,               -- 'YYYY-MM', the business month the bulletin covers
    version integer not null,             -- 1, 2, ... per month, in publication order
    content text not null,
    sha256 char(64) not null,             -- lowercase hex SHA-256 of content's UTF-8 bytes
    published_at timestamptz not null,
    published_by text not null,
    primary key (month, version),
    constraint monthly_bulletins_month check (month ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'),
    constraint monthly_bulletins_version check (version > 0),
    constraint monthly_bulletins_sha256 check (sha256 ~ '^[0-9a-f]{64}$'),
    constraint monthly_bulletins_publisher check (length(btrim(published_by)) > 0)
);

create function monthly_bulletins_frozen() returns trigger language plpgsql as $fn$
begin
    raise exception 'monthly_bulletins is frozen: publish a new version instead of %', tg_op;
end
$fn$;

create trigger monthly_bulletins_frozen before update or delete on monthly_bulletins
    for each row execute function monthly_bulletins_frozen();

create trigger monthly_bulletins_no_truncate before truncate on monthly_bulletins
    for each statement execute function monthly_bulletins_frozen();
