-- Issue 14: a registration's same-issue statement looks up the household's earlier ticket and counts the key's households
-- in the project. Before the table had statistics (a new database, a table growing from empty) PostgreSQL took the
-- narrower index (project_id, reported_at) for both: each estimated one row, and that index is cheaper to descend. The
-- count then read every row of the project's window and filtered the key on the heap (100,000 registrations: 5.9 million
-- index rows read for 86,710 counts, its share of PostgreSQL's time growing through the run).
-- One index now serves every lookup of a project's rows: the household's earlier ticket (project, key, household),
-- the key's households (project, key), the project's keys (project), the reports' figures of a project. No index of
-- (project_id, reported_at) or (issue_key, reported_at) is left to be mistaken for it; the company's and the branch's
-- lookups keep their own. Two index entries fewer are written per report (eight indexes to six).
create index same_issue_reports_project_household
    on same_issue_reports (project_id, issue_key, household_key, reported_at desc, sequence desc);
drop index same_issue_reports_household;
drop index same_issue_reports_project_time;
-- The company counters' window reads company_key since migration 0034; nothing reads this one.
drop index same_issue_reports_key_time;
