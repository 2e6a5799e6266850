-- Cluster membership for Orleans' ADO.NET clustering (UseAdoNetClustering, invariant Npgsql).
--
-- Each cluster (Orleans' ClusterId, bound as @DeploymentId) has one version row, and every silo that ever joined
-- has a member row. A change to a member row must name the table version it read: the version row is updated
-- first (which locks it, serializing writers), and the member row is written only through that update, so a stale
-- writer changes nothing and gets 0. The queries answer one row, "1" for done and "0" for a lost race.

CREATE TABLE IF NOT EXISTS ugc_cluster_version
(
    deployment_id varchar(150) NOT NULL,
    changed_on    timestamptz  NOT NULL DEFAULT now(),
    version       integer      NOT NULL DEFAULT 0,
    CONSTRAINT pk_ugc_cluster_version PRIMARY KEY (deployment_id)
);

CREATE TABLE IF NOT EXISTS ugc_cluster_member
(
    deployment_id  varchar(150)  NOT NULL,
    address        varchar(45)   NOT NULL,
    port           integer       NOT NULL,
    generation     integer       NOT NULL,
    silo_name      varchar(150)  NOT NULL,
    host_name      varchar(150)  NOT NULL,
    status         integer       NOT NULL,
    proxy_port     integer       NULL,
    suspect_times  varchar(8000) NULL,
    start_time     timestamptz   NOT NULL,
    i_am_alive_time timestamptz  NOT NULL,
    CONSTRAINT pk_ugc_cluster_member PRIMARY KEY (deployment_id, address, port, generation),
    CONSTRAINT fk_ugc_cluster_member_version FOREIGN KEY (deployment_id) REFERENCES ugc_cluster_version (deployment_id)
);

INSERT INTO OrleansQuery (QueryKey, QueryText) VALUES
('InsertMembershipVersionKey', $q$
WITH inserted AS (
    INSERT INTO ugc_cluster_version (deployment_id) VALUES (@DeploymentId)
    ON CONFLICT DO NOTHING
    RETURNING 1)
SELECT count(*)::integer AS Inserted FROM inserted
$q$),
('InsertMembershipKey', $q$
WITH bumped AS (
    UPDATE ugc_cluster_version
    SET version = version + 1, changed_on = now()
    WHERE deployment_id = @DeploymentId AND version = @Version
    RETURNING deployment_id),
inserted AS (
    INSERT INTO ugc_cluster_member (deployment_id, address, port, generation, silo_name, host_name, status,
                                    proxy_port, start_time, i_am_alive_time)
    SELECT deployment_id, @Address, @Port, @Generation, @SiloName, @HostName, @Status,
           @ProxyPort, @StartTime, @IAmAliveTime
    FROM bumped
    ON CONFLICT DO NOTHING
    RETURNING 1)
SELECT count(*)::integer AS Inserted FROM inserted
$q$),
('UpdateMembershipKey', $q$
WITH bumped AS (
    UPDATE ugc_cluster_version
    SET version = version + 1, changed_on = now()
    WHERE deployment_id = @DeploymentId AND version = @Version
    RETURNING deployment_id),
updated AS (
    UPDATE ugc_cluster_member AS m
    SET status = @Status, suspect_times = @SuspectTimes, i_am_alive_time = @IAmAliveTime
    FROM bumped
    WHERE m.deployment_id = bumped.deployment_id AND m.address = @Address AND m.port = @Port AND m.generation = @Generation
    RETURNING 1)
SELECT count(*)::integer AS Updated FROM updated
$q$),
-- Liveness heartbeat: not versioned, and Orleans does not read a result.
('UpdateIAmAlivetimeKey', $q$
UPDATE ugc_cluster_member
SET i_am_alive_time = @IAmAliveTime
WHERE deployment_id = @DeploymentId AND address = @Address AND port = @Port AND generation = @Generation
$q$),
-- The version row is always returned (left join), so an empty cluster still reports its version.
('MembershipReadRowKey', $q$
SELECT v.deployment_id AS DeploymentId, m.address AS Address, m.port AS Port, m.generation AS Generation,
       m.silo_name AS SiloName, m.host_name AS HostName, m.status AS Status, m.proxy_port AS ProxyPort,
       m.suspect_times AS SuspectTimes, m.start_time AS StartTime, m.i_am_alive_time AS IAmAliveTime, v.version AS Version
FROM ugc_cluster_version AS v
LEFT JOIN ugc_cluster_member AS m
       ON m.deployment_id = v.deployment_id AND m.address = @Address AND m.port = @Port AND m.generation = @Generation
WHERE v.deployment_id = @DeploymentId
$q$),
('MembershipReadAllKey', $q$
SELECT v.deployment_id AS DeploymentId, m.address AS Address, m.port AS Port, m.generation AS Generation,
       m.silo_name AS SiloName, m.host_name AS HostName, m.status AS Status, m.proxy_port AS ProxyPort,
       m.suspect_times AS SuspectTimes, m.start_time AS StartTime, m.i_am_alive_time AS IAmAliveTime, v.version AS Version
FROM ugc_cluster_version AS v
LEFT JOIN ugc_cluster_member AS m ON m.deployment_id = v.deployment_id
WHERE v.deployment_id = @DeploymentId
$q$),
('GatewaysQueryKey', $q$
SELECT address AS Address, proxy_port AS ProxyPort, generation AS Generation
FROM ugc_cluster_member
WHERE deployment_id = @DeploymentId AND status = @Status AND proxy_port > 0
$q$),
('DeleteMembershipTableEntriesKey', $q$
DELETE FROM ugc_cluster_member WHERE deployment_id = @DeploymentId;
DELETE FROM ugc_cluster_version WHERE deployment_id = @DeploymentId
$q$),
-- Removes silos that stopped sending heartbeats before @IAmAliveTime, never an Active one (status 3).
('CleanupDefunctSiloEntriesKey', $q$
DELETE FROM ugc_cluster_member
WHERE deployment_id = @DeploymentId AND i_am_alive_time < @IAmAliveTime AND status <> 3
$q$)
ON CONFLICT (QueryKey) DO UPDATE SET QueryText = excluded.QueryText;
