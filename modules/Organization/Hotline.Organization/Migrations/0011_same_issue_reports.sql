-- Same-issue counting (A11.1.1, A11.3) as rows: one row per ticket that reports an issue with a household.
-- A registration inserts one row; no grain state holds every household of every issue. Counters per
-- (scope, issue key) rebuild their rolling window from these rows when they activate.
create table same_issue_reports (
    ticket_id uuid primary key,
    sequence bigint generated always as identity,
    issue_key text not null,
    project_id text not null,
    branch_id text not null,
    household text not null,              -- as reported (trimmed)
    household_key text not null,          -- the household's identity inside its project (trimmed, upper-case)
    reported_at timestamptz not null,
    repeat_of uuid null,                  -- A11.1.1: the household's latest earlier ticket within the repeat window
    constraint same_issue_reports_key check (length(issue_key) > 0),
    constraint same_issue_reports_household check (length(household_key) > 0)
);

-- A household's earlier tickets of one issue (repeat detection).
create index same_issue_reports_household on same_issue_reports (issue_key, project_id, household_key, reported_at desc, sequence desc);
-- A company counter's window, and the company's list of issue keys.
create index same_issue_reports_key_time on same_issue_reports (issue_key, reported_at);
-- A project's and a branch's list of issue keys in the window.
create index same_issue_reports_project_time on same_issue_reports (project_id, reported_at);
create index same_issue_reports_branch_time on same_issue_reports (branch_id, reported_at);
-- Pruning of rows no window needs any more.
create index same_issue_reports_time on same_issue_reports (reported_at);
