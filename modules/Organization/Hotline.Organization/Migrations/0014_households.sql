-- A11.3.2: at company level a problem in one place of an estate (building 3, its car park) is that project's problem,
-- not the same problem as building 3 of another project. Each row keeps the key its company counter counts under:
-- the issue key for a problem of the whole estate, the issue key qualified by the project otherwise.
alter table same_issue_reports add column company_key text;
-- Rows written before: a key "category/subject/location" whose location is not the whole estate ("project") is local.
update same_issue_reports set company_key = case
    when issue_key ~ '^[^/]+/[^/]+/[^/]+$' and issue_key !~ '/project$' then issue_key || '@' || project_id
    else issue_key end;
alter table same_issue_reports alter column company_key set not null;
create index same_issue_reports_company_time on same_issue_reports (company_key, reported_at);

-- A11.1.1 / A11.3: a project's households as a registry (imported from CSV), which intake validates against.
create table households (
    project_id text not null,
    household_key text not null,          -- building-unit-room, upper-case (how intake names it, normalised)
    building text not null,
    unit text not null,                   -- '' when the estate has no units
    room text not null,
    owner_phones text[] not null,
    imported_at timestamptz not null,
    primary key (project_id, household_key),
    constraint households_building check (length(building) > 0),
    constraint households_room check (length(room) > 0)
);
