-- Issue 14: a registration's same-issue statement looks up the household's earlier ticket and counts the key's households
-- in the project. On a table without statistics (a new database, a table grown since its last analyze) PostgreSQL may
-- take the narrower index (project_id, reported_at) for either: every index is estimated at one row, and that one is the
-- cheapest to descend. Over 100,000 registrations the count did, reading every row of the project's window and filtering
-- the key on the heap (5.9 million index rows read for 86,710 counts, its share of PostgreSQL's time growing with them).
-- One index now serves every lookup of a project's rows: the household's earlier ticket (project, key, household),
-- the key's households (project, key), the project's keys (project), the reports' figures of a project. No index of
-- (project_id, reported_at) or (issue_key, reported_at) is left to be mistaken for it; the company's and the branch's
-- lookups keep their own. Two index entries fewer are written per report (eight indexes to six). A silo of the previous
-- build sends the same statements and gets the same plans. The build holds off reports while it reads the table (the
-- rows of the longest window, some seconds at a million).
create index same_issue_reports_project_household
    on same_issue_reports (project_id, issue_key, household_key, reported_at desc, sequence desc);
drop index same_issue_reports_household;
drop index same_issue_reports_project_time;
-- The company counters' window reads company_key since migration 0034; nothing reads this one.
drop index same_issue_reports_key_time;
