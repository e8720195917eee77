-- Cluster membership for Orleans' ADO.NET clustering (silos and gateway clients; all required keys).
-- Each cluster (Orleans' DeploymentId = ClusterId) has one version row: the table ETag. Inserts and
-- updates of members compare and bump it in the same statement, or change nothing.
create table orleans_membership_version (
    deploymentid text primary key,
    version integer not null default 0 check (version >= 0),  -- Orleans rejects negative ETags
    changedat timestamptz not null default now()
);

create table orleans_membership (
    -- Deleting a cluster's version row removes its members too.
    deploymentid text not null references orleans_membership_version on delete cascade,
    address text not null,
    port integer not null,
    generation integer not null,
    siloname text not null,
    hostname text not null,
    status integer not null,          -- 0 None, 1 Created, 2 Joining, 3 Active, 4 ShuttingDown, 5 Stopping, 6 Dead
    proxyport integer not null,
    suspecttimes text null,           -- opaque to us: 'silo,date|silo,date'
    starttime timestamptz not null,
    iamalivetime timestamptz not null,
    primary key (deploymentid, address, port, generation)
);

-- CleanupDefunctSiloEntryKey (per entry) is deliberately absent: Orleans then uses the single bulk
-- statement below, which is atomic and needs no exact-value matching of timestamps.
insert into orleansquery (querykey, querytext) values
('InsertMembershipVersionKey', $sql$
with created as (
    insert into orleans_membership_version (deploymentid) values (@DeploymentId)
    on conflict do nothing
    returning 1
)
select count(*)::integer from created
$sql$),

-- Left join onto the version row: one atomic read that always returns the version, even with no members.
('MembershipReadAllKey', $sql$
select v.version, m.address, m.port, m.generation, m.siloname, m.hostname, m.status, m.proxyport,
       m.suspecttimes, m.starttime, m.iamalivetime
from orleans_membership_version v
left join orleans_membership m on m.deploymentid = v.deploymentid
where v.deploymentid = @DeploymentId
$sql$),

('MembershipReadRowKey', $sql$
select v.version, m.address, m.port, m.generation, m.siloname, m.hostname, m.status, m.proxyport,
       m.suspecttimes, m.starttime, m.iamalivetime
from orleans_membership_version v
left join orleans_membership m on m.deploymentid = v.deploymentid
    and m.address = @Address and m.port = @Port and m.generation = @Generation
where v.deploymentid = @DeploymentId
$sql$),

-- Lock the version row only if it still holds the version Orleans read, insert the member only
-- then, and bump the version only if the member was inserted: stale or duplicate changes nothing.
('InsertMembershipKey', $sql$
with expected as (
    select deploymentid from orleans_membership_version
    where deploymentid = @DeploymentId and version = @Version
    for update
), inserted as (
    insert into orleans_membership (deploymentid, address, port, generation, siloname, hostname, status,
                                    proxyport, suspecttimes, starttime, iamalivetime)
    select deploymentid, @Address, @Port, @Generation, @SiloName, @HostName, @Status,
           @ProxyPort, null, @StartTime, @IAmAliveTime
    from expected
    on conflict do nothing
    returning deploymentid
), bumped as (
    update orleans_membership_version set version = version + 1, changedat = now()
    where deploymentid in (select deploymentid from inserted)
    returning 1
)
select count(*)::integer from bumped
$sql$),

('UpdateMembershipKey', $sql$
with expected as (
    select deploymentid from orleans_membership_version
    where deploymentid = @DeploymentId and version = @Version
    for update
), updated as (
    update orleans_membership
    set status = @Status, suspecttimes = @SuspectTimes::text, iamalivetime = @IAmAliveTime
    where deploymentid in (select deploymentid from expected)
      and address = @Address and port = @Port and generation = @Generation
    returning deploymentid
), bumped as (
    update orleans_membership_version set version = version + 1, changedat = now()
    where deploymentid in (select deploymentid from updated)
    returning 1
)
select count(*)::integer from bumped
$sql$),

-- Heartbeat: only the timestamp, no version check and no version bump (Orleans' rule).
('UpdateIAmAlivetimeKey', $sql$
update orleans_membership set iamalivetime = @IAmAliveTime
where deploymentid = @DeploymentId and address = @Address and port = @Port and generation = @Generation
$sql$),

('GatewaysQueryKey', $sql$
select address, proxyport, generation
from orleans_membership
where deploymentid = @DeploymentId and status = @Status and proxyport > 0
$sql$),

('DeleteMembershipTableEntriesKey', $sql$
delete from orleans_membership_version where deploymentid = @DeploymentId
$sql$),

-- Old rows of silos that stopped heart-beating; an Active row is never removed here.
('CleanupDefunctSiloEntriesKey', $sql$
delete from orleans_membership
where deploymentid = @DeploymentId and iamalivetime < @IAmAliveTime and status <> 3
$sql$);
