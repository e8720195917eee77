-- The reports' "open now" figures (issue 12): tickets not closed and not invalid, by status, for the company, a branch or
-- a project. Open tickets are a small share of the list, so a partial index over them answers without reading the rest;
-- it leads with the project (one project's figures) and carries the branch and status (a branch's or the company's).
create index ticket_list_open on ticket_list (project_id, branch_id, status) where status not in ('Closed', 'Invalid');
