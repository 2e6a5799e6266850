-- Grain state for Orleans' ADO.NET grain storage (AddAdoNetGrainStorage, invariant Npgsql).
--
-- One row per grain state; version is the ETag. A write names the version it read: an update succeeds only
-- on that version, an insert only when it read none; otherwise the query returns no row (or the version it
-- was given) and Orleans raises InconsistentStateException.

CREATE TABLE IF NOT EXISTS ugc_grain_state
(
    service_id         varchar(150) NOT NULL,
    grain_id_hash      integer      NOT NULL,
    grain_type_hash    integer      NOT NULL,
    grain_id_n0        bigint       NOT NULL,
    grain_id_n1        bigint       NOT NULL,
    grain_type         varchar(512) NOT NULL,
    grain_id_extension varchar(512) NULL,
    payload            bytea        NULL,
    version            integer      NOT NULL,
    modified_on        timestamptz  NOT NULL
);

-- NULLS NOT DISTINCT (PostgreSQL 15): a grain without key extension has exactly one row.
CREATE UNIQUE INDEX IF NOT EXISTS ux_ugc_grain_state_key ON ugc_grain_state
    (service_id, grain_id_hash, grain_type_hash, grain_id_n0, grain_id_n1, grain_type, grain_id_extension) NULLS NOT DISTINCT;

-- Stored with lz4 where the server has it (main.sql says why).
CALL ugc_compress_with_lz4('ugc_grain_state', 'payload');

INSERT INTO OrleansQuery (QueryKey, QueryText) VALUES
('ReadFromStorageKey', $q$
SELECT payload AS PayloadBinary, version AS Version
FROM ugc_grain_state
WHERE service_id = @ServiceId AND grain_id_hash = @GrainIdHash AND grain_type_hash = @GrainTypeHash
  AND grain_id_n0 = @GrainIdN0 AND grain_id_n1 = @GrainIdN1 AND grain_type = @GrainTypeString
  AND grain_id_extension IS NOT DISTINCT FROM @GrainIdExtensionString
$q$),
('WriteToStorageKey', $q$
WITH updated AS (
    UPDATE ugc_grain_state
    SET payload = @PayloadBinary, version = version + 1, modified_on = now()
    WHERE @GrainStateVersion IS NOT NULL AND version = @GrainStateVersion
      AND service_id = @ServiceId AND grain_id_hash = @GrainIdHash AND grain_type_hash = @GrainTypeHash
      AND grain_id_n0 = @GrainIdN0 AND grain_id_n1 = @GrainIdN1 AND grain_type = @GrainTypeString
      AND grain_id_extension IS NOT DISTINCT FROM @GrainIdExtensionString
    RETURNING version),
inserted AS (
    INSERT INTO ugc_grain_state (service_id, grain_id_hash, grain_type_hash, grain_id_n0, grain_id_n1,
                                 grain_type, grain_id_extension, payload, version, modified_on)
    SELECT @ServiceId, @GrainIdHash, @GrainTypeHash, @GrainIdN0, @GrainIdN1,
           @GrainTypeString, @GrainIdExtensionString, @PayloadBinary, 1, now()
    WHERE @GrainStateVersion IS NULL
    ON CONFLICT DO NOTHING
    RETURNING version)
SELECT version AS NewGrainStateVersion FROM updated
UNION ALL
SELECT version FROM inserted
$q$),
('ClearStorageKey', $q$
UPDATE ugc_grain_state
SET payload = NULL, version = version + 1, modified_on = now()
WHERE version = @GrainStateVersion
  AND service_id = @ServiceId AND grain_id_hash = @GrainIdHash AND grain_type_hash = @GrainTypeHash
  AND grain_id_n0 = @GrainIdN0 AND grain_id_n1 = @GrainIdN1 AND grain_type = @GrainTypeString
  AND grain_id_extension IS NOT DISTINCT FROM @GrainIdExtensionString
RETURNING version AS NewGrainStateVersion
$q$),
('DeleteStorageKey', $q$
DELETE FROM ugc_grain_state
WHERE version = @GrainStateVersion
  AND service_id = @ServiceId AND grain_id_hash = @GrainIdHash AND grain_type_hash = @GrainTypeHash
  AND grain_id_n0 = @GrainIdN0 AND grain_id_n1 = @GrainIdN1 AND grain_type = @GrainTypeString
  AND grain_id_extension IS NOT DISTINCT FROM @GrainIdExtensionString
RETURNING version + 1 AS NewGrainStateVersion
$q$)
ON CONFLICT (QueryKey) DO UPDATE SET QueryText = excluded.QueryText;
