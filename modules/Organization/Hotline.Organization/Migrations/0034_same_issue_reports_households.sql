-- The reports' same-issue figures of a branch or the company (issue 12): households per company-wide key in the counting
-- window, each (key, project, household) counted once. Hashing the window's rows twice (distinct, then per key) was the
-- slowest statement of the company overview; in this order an index-only scan hands the rows over already distinct.
-- Measured on 1,000,000 tickets (78,741 rows, the company's month, machine loaded by others): 250-410 ms -> 125-180 ms,
-- the same counts. Cost: one more index entry written per same-issue report.
create index same_issue_reports_households_by_key
    on same_issue_reports (company_key, project_id, household_key, branch_id, reported_at);
