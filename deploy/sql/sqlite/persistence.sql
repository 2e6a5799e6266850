-- Grain state for Orleans' ADO.NET grain storage (AddAdoNetGrainStorage, invariant System.Data.SQLite).
--
-- One row per grain state; version is the ETag. A write names the version it read: the update succeeds only on
-- that version, the insert only when it read none; otherwise neither returns a row and Orleans raises
-- InconsistentStateException. Two statements, each atomic, of which at most one can change anything.

CREATE TABLE IF NOT EXISTS ugc_grain_state
(
    service_id         TEXT    NOT NULL,
    grain_id_hash      INTEGER NOT NULL,
    grain_type_hash    INTEGER NOT NULL,
    grain_id_n0        INTEGER NOT NULL,
    grain_id_n1        INTEGER NOT NULL,
    grain_type         TEXT    NOT NULL,
    grain_id_extension TEXT    NULL,
    payload            BLOB    NULL,
    version            INTEGER NOT NULL,
    modified_on        TEXT    NOT NULL
);

-- SQLite's unique indexes treat NULLs as distinct: index a missing extension as an empty blob, which no text equals.
CREATE UNIQUE INDEX IF NOT EXISTS ux_ugc_grain_state_key ON ugc_grain_state
    (service_id, grain_id_hash, grain_type_hash, grain_id_n0, grain_id_n1, grain_type, ifnull(grain_id_extension, x''));

INSERT INTO OrleansQuery (QueryKey, QueryText) VALUES
('ReadFromStorageKey', '
SELECT payload AS PayloadBinary, version AS Version
FROM ugc_grain_state
WHERE service_id = @ServiceId AND grain_id_hash = @GrainIdHash AND grain_type_hash = @GrainTypeHash
  AND grain_id_n0 = @GrainIdN0 AND grain_id_n1 = @GrainIdN1 AND grain_type = @GrainTypeString
  AND grain_id_extension IS @GrainIdExtensionString;
'),
('WriteToStorageKey', '
UPDATE ugc_grain_state
SET payload = @PayloadBinary, version = version + 1, modified_on = strftime(''%Y-%m-%d %H:%M:%f'')
WHERE @GrainStateVersion IS NOT NULL AND version = @GrainStateVersion
  AND service_id = @ServiceId AND grain_id_hash = @GrainIdHash AND grain_type_hash = @GrainTypeHash
  AND grain_id_n0 = @GrainIdN0 AND grain_id_n1 = @GrainIdN1 AND grain_type = @GrainTypeString
  AND grain_id_extension IS @GrainIdExtensionString
RETURNING version AS NewGrainStateVersion;
INSERT INTO ugc_grain_state (service_id, grain_id_hash, grain_type_hash, grain_id_n0, grain_id_n1,
                             grain_type, grain_id_extension, payload, version, modified_on)
SELECT @ServiceId, @GrainIdHash, @GrainTypeHash, @GrainIdN0, @GrainIdN1,
       @GrainTypeString, @GrainIdExtensionString, @PayloadBinary, 1, strftime(''%Y-%m-%d %H:%M:%f'')
WHERE @GrainStateVersion IS NULL
ON CONFLICT DO NOTHING
RETURNING version AS NewGrainStateVersion;
'),
('ClearStorageKey', '
UPDATE ugc_grain_state
SET payload = NULL, version = version + 1, modified_on = strftime(''%Y-%m-%d %H:%M:%f'')
WHERE version = @GrainStateVersion
  AND service_id = @ServiceId AND grain_id_hash = @GrainIdHash AND grain_type_hash = @GrainTypeHash
  AND grain_id_n0 = @GrainIdN0 AND grain_id_n1 = @GrainIdN1 AND grain_type = @GrainTypeString
  AND grain_id_extension IS @GrainIdExtensionString
RETURNING version AS NewGrainStateVersion;
'),
('DeleteStorageKey', '
DELETE FROM ugc_grain_state
WHERE version = @GrainStateVersion
  AND service_id = @ServiceId AND grain_id_hash = @GrainIdHash AND grain_type_hash = @GrainTypeHash
  AND grain_id_n0 = @GrainIdN0 AND grain_id_n1 = @GrainIdN1 AND grain_type = @GrainTypeString
  AND grain_id_extension IS @GrainIdExtensionString
RETURNING version + 1 AS NewGrainStateVersion;
')
ON CONFLICT (QueryKey) DO UPDATE SET QueryText = excluded.QueryText;
