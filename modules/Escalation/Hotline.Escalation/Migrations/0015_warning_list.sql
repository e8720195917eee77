-- The call-center supervisor's list of warnings (GET /api/warnings): one row per warning, rewritten by the
-- warning grain on each change (a bounded write; the grain's state does not grow with the list). A row with an
-- older or equal version never overwrites a newer one. Levels, statuses and triggers are stored by name.
create table warning_list (
    warning_id uuid primary key,
    version integer not null,
    level text not null,
    status text not null,
    trigger text not null,
    project_id text null,                 -- NULL for a company-wide incident (A11.3.2)
    branch_id text null,
    ticket_id uuid null,
    issue_key text null,
    rule text not null,
    raised_at timestamptz not null,
    verification_due_at timestamptz null,
    verification_overdue boolean not null,
    answer_due_at timestamptz null,
    answer_overdue boolean not null,
    subject_ended text null,              -- its ticket resolved / episode ended while it waited for verification
    updated_at timestamptz not null
);

-- Keyset paging newest first, alone and within a status, a project or a branch.
create index warning_list_raised on warning_list (raised_at desc, warning_id desc);
create index warning_list_status_raised on warning_list (status, raised_at desc, warning_id desc);
create index warning_list_project_raised on warning_list (project_id, raised_at desc, warning_id desc);
create index warning_list_branch_raised on warning_list (branch_id, raised_at desc, warning_id desc);
