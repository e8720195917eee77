-- The 400 line's call log (CTI call events): one row per call id, so a call reported twice is logged once. The caller is
-- kept as an owner actor (a hash of the number), never the number. Rows older than Hotline:CallCenter:CallLogRetention
-- are deleted in small batches as new calls arrive, so the table does not grow forever.
create table call_center_calls (
    call_id text primary key,
    caller_actor text not null,
    agent_id text null,
    reported_by text not null,
    received_at timestamptz not null
);

create index call_center_calls_received on call_center_calls (received_at);
