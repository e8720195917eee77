-- Reminders for Orleans' ADO.NET reminder table (all 7 keys). Ring hashes are uint values that
-- Orleans casts to int32, so grainhash is a signed integer and Orleans picks the range query by the
-- signed comparison of begin and end; both queries are begin-exclusive, end-inclusive.
create table orleans_reminders (
    serviceid text not null,
    grainid text not null,
    remindername text not null,
    starttime timestamptz not null,
    period bigint not null,           -- milliseconds; can exceed int32 (periods above 24.8 days)
    grainhash integer not null,
    version integer not null,
    primary key (serviceid, grainid, remindername)
);

-- The reminder service reads its ring ranges per bucket; without this every bucket read scans the table.
create index orleans_reminders_ring on orleans_reminders (serviceid, grainhash);

insert into orleansquery (querykey, querytext) values
('ReadReminderRowsKey', $sql$
select grainid, remindername, starttime, period, version
from orleans_reminders
where serviceid = @ServiceId and grainid = @GrainId
$sql$),

('ReadReminderRowKey', $sql$
select grainid, remindername, starttime, period, version
from orleans_reminders
where serviceid = @ServiceId and grainid = @GrainId and remindername = @ReminderName
$sql$),

('ReadRangeRows1Key', $sql$
select grainid, remindername, starttime, period, version
from orleans_reminders
where serviceid = @ServiceId and grainhash > @BeginHash and grainhash <= @EndHash
$sql$),

('ReadRangeRows2Key', $sql$
select grainid, remindername, starttime, period, version
from orleans_reminders
where serviceid = @ServiceId and (grainhash > @BeginHash or grainhash <= @EndHash)
$sql$),

-- No ETag check on upsert (Orleans' rule); every upsert yields a new version.
('UpsertReminderRowKey', $sql$
insert into orleans_reminders (serviceid, grainid, remindername, starttime, period, grainhash, version)
values (@ServiceId, @GrainId, @ReminderName, @StartTime, @Period, @GrainHash, 1)
on conflict (serviceid, grainid, remindername) do update
set starttime = excluded.starttime, period = excluded.period, grainhash = excluded.grainhash,
    version = orleans_next_version(orleans_reminders.version)
returning version
$sql$),

-- Exactly one row: 1 when deleted, 0 when the version was stale or the row is gone.
('DeleteReminderRowKey', $sql$
with deleted as (
    delete from orleans_reminders
    where serviceid = @ServiceId and grainid = @GrainId and remindername = @ReminderName
      and version = @Version
    returning 1
)
select count(*)::integer from deleted
$sql$),

('DeleteReminderRowsKey', $sql$
delete from orleans_reminders where serviceid = @ServiceId
$sql$);
