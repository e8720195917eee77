-- Issue 14: a project records a report and counts its key's households in one statement, and wakes the key's counter only
-- when the count reaches the threshold or the counter has an incident to keep. A counter keeps a row here while its
-- incident is open or its red warning is still to be raised or closed, so a report never passes an incident by.
-- At most one row per counter with an incident: the table holds the incidents of now, not their history.
create table same_issue_incidents (
    counter_key text collate "C" primary key   -- the counter's grain key (scope, unit separator, issue key)
);

-- Counters of an earlier version kept their incidents only in their grain state. Every counter with reports still in the
-- rows is marked, so its next report wakes it; a counter that finds itself without an incident then drops its mark.
insert into same_issue_incidents (counter_key)
select distinct 'project/' || project_id || chr(31) || issue_key from same_issue_reports
union
select distinct 'company' || chr(31) || company_key from same_issue_reports
on conflict do nothing;
