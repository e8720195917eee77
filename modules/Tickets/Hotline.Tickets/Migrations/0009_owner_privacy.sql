-- Owners' privacy: lists keep the owner's name and phone only masked, and every full view is audited.

-- The ticket list shows the owner masked ("張*", "138****1234"). A masked phone never has five digits in a
-- row, so the database refuses a row that would put a whole number into lists or exports.
alter table ticket_list
    add column owner_name_masked text null,
    add column owner_phone_masked text null,
    add constraint ticket_list_owner_phone_masked check (owner_phone_masked !~ '[0-9]{5}');

-- Who saw an owner's contact whole: the person, the role they acted in (and its scope), when, which ticket,
-- and the owner by reference (household, masked name and phone), never the phone itself.
-- Append-only: entries are never changed or removed.
create table privacy_audit (
    sequence bigint generated always as identity primary key,
    viewed_at timestamptz not null,
    person_id text not null,
    acting_role text not null,
    acting_scope text not null,           -- 'Company', 'Branch:north', 'Project:p-sunrise'
    ticket_id uuid not null,
    project_id text not null,
    owner_reference text not null,
    constraint privacy_audit_person check (length(btrim(person_id)) > 0),
    constraint privacy_audit_no_phone check (owner_reference !~ '[0-9]{7}')
);

-- The quality department reads the log by owner (ticket) and by viewer, newest first.
create index privacy_audit_ticket on privacy_audit (ticket_id, sequence desc);
create index privacy_audit_person on privacy_audit (person_id, sequence desc);

create function privacy_audit_append_only() returns trigger language plpgsql as $fn$
begin
    raise exception 'privacy_audit is append-only: % is not allowed', tg_op;
end
$fn$;

create trigger privacy_audit_append_only before update or delete on privacy_audit
    for each row execute function privacy_audit_append_only();

create trigger privacy_audit_no_truncate before truncate on privacy_audit
    for each statement execute function privacy_audit_append_only();
