-- Grain state for AdoNetGrainStorage (keys ReadFromStorageKey, WriteToStorageKey, ClearStorageKey, DeleteStorageKey).
-- Identity is the full key, never the hashes: service, state name, both key halves and the extension,
-- where a NULL extension differs from ''. Orleans' hashes may collide, so they are not stored.
create table orleans_storage (
    serviceid text not null,
    statename text not null,          -- Orleans' GrainTypeString: the state name, not the grain class
    grainidn0 bigint not null,
    grainidn1 bigint not null,
    grainidextension text null,       -- string keys and key extensions; NULL for plain Guid/integer keys
    payloadbinary bytea null,         -- NULL after a clear: the row stays so the ETag keeps moving forward
    version integer not null,
    modifiedat timestamptz not null default now()
);

-- Unique, so a racing first write loses with "no row returned" (a conflict for Orleans), not an error.
-- The two extension expressions make NULL equal to NULL yet distinct from '' and stay usable by lookups.
create unique index orleans_storage_identity on orleans_storage
    (serviceid, statename, grainidn0, grainidn1, coalesce(grainidextension, ''), (grainidextension is null));

insert into orleansquery (querykey, querytext) values
('ReadFromStorageKey', $sql$
select payloadbinary, version
from orleans_storage
where serviceid = @ServiceId and statename = @GrainTypeString
  and grainidn0 = @GrainIdN0 and grainidn1 = @GrainIdN1
  and coalesce(grainidextension, '') = coalesce(@GrainIdExtensionString::text, '')
  and (grainidextension is null) = (@GrainIdExtensionString::text is null)
$sql$),

-- A NULL version means "never stored": insert only. Otherwise update only on a version match.
-- No row back means conflict, which Orleans reports as InconsistentStateException.
('WriteToStorageKey', $sql$
with inserted as (
    insert into orleans_storage (serviceid, statename, grainidn0, grainidn1, grainidextension, payloadbinary, version)
    select @ServiceId, @GrainTypeString, @GrainIdN0, @GrainIdN1, @GrainIdExtensionString::text, @PayloadBinary, 1
    where @GrainStateVersion::integer is null
    on conflict do nothing
    returning version
), updated as (
    update orleans_storage
    set payloadbinary = @PayloadBinary, version = orleans_next_version(version), modifiedat = now()
    where serviceid = @ServiceId and statename = @GrainTypeString
      and grainidn0 = @GrainIdN0 and grainidn1 = @GrainIdN1
      and coalesce(grainidextension, '') = coalesce(@GrainIdExtensionString::text, '')
      and (grainidextension is null) = (@GrainIdExtensionString::text is null)
      and version = @GrainStateVersion::integer
    returning version
)
select version as newgrainstateversion from inserted
union all
select version from updated
$sql$),

-- Keeps the row with a NULL payload and a new version, so a stale writer still conflicts later.
('ClearStorageKey', $sql$
update orleans_storage
set payloadbinary = null, version = orleans_next_version(version), modifiedat = now()
where serviceid = @ServiceId and statename = @GrainTypeString
  and grainidn0 = @GrainIdN0 and grainidn1 = @GrainIdN1
  and coalesce(grainidextension, '') = coalesce(@GrainIdExtensionString::text, '')
  and (grainidextension is null) = (@GrainIdExtensionString::text is null)
  and version = @GrainStateVersion::integer
returning version as newgrainstateversion
$sql$),

-- Used when DeleteStateOnClear=true. Returns a value other than the old version to signal success.
('DeleteStorageKey', $sql$
delete from orleans_storage
where serviceid = @ServiceId and statename = @GrainTypeString
  and grainidn0 = @GrainIdN0 and grainidn1 = @GrainIdN1
  and coalesce(grainidextension, '') = coalesce(@GrainIdExtensionString::text, '')
  and (grainidextension is null) = (@GrainIdExtensionString::text is null)
  and version = @GrainStateVersion::integer
returning orleans_next_version(version) as newgrainstateversion
$sql$);
