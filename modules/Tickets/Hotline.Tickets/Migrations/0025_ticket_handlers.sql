-- Dispatch to the people on duty (issue 11): the handler holding a ticket, so lists filter on it, the grab pool is the
-- open tickets without one, and a handler's cap is one count. Rows written before this migration read NULL (with the
-- unit) until the ticket next changes or POST /api/admin/query-store/rebuild rewrites them.
alter table ticket_list add column handler text null;

create index ticket_list_handler_open on ticket_list (handler)
    where handler is not null and status not in ('Resolved', 'Closed', 'Invalid');
