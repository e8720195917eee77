-- What the reports (issue 12) count beside the list's columns, projected by the ticket grain with the rest of its row
-- (no extra write per change). Rows written before this migration read NULL until the ticket next changes or
-- POST /api/admin/query-store/rebuild rewrites them.
--
-- Each clock_* column is the outcome of that clock (the ticket's latest clock of the kind), NULL when the ticket has none:
--   'met'      met by its due time          'late'     met after its due time
--   'breached' past due and not met yet     'running'  not due yet (or paused while the ticket waits on the owner)
--   'cancelled' no longer counts (transfer, A10.4)
alter table ticket_list
    add column resolved_at timestamptz null,        -- when it was last resolved (NULL: not resolved, or reopened since)
    add column closed_at timestamptz null,
    add column clock_start text null,
    add column clock_contact text null,
    add column clock_plan text null,
    add column clock_resolution text null,
    add column clock_suggestion_reply text null,
    add column rating_overall smallint null,        -- the owner's scores, 1..5 (A10.1.3.3); NULL: not rated
    add column rating_speed smallint null,
    add column rating_attitude smallint null,
    add column suggestion_adopted boolean null;     -- A10.2: the decision on a suggestion; NULL: undecided or not a suggestion
