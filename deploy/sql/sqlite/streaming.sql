-- Stream queues for Orleans' ADO.NET streams (Microsoft.Orleans.Streaming.AdoNet, invariant System.Data.SQLite).
--
-- Orleans ships no SQLite scripts for streams; these implement the provider's query contract (keys, parameter
-- names, result columns). Unlike PostgreSQL, a dead letter stays in ugc_stream_message with dead_on set, so that
-- moving a message to or from the dead letters is one UPDATE: atomic without a transaction in the query text.
-- The view ugc_stream_dead_letter shows them as a table of their own.
--
-- A message waits until a pulling agent dequeues it (dequeued + 1, invisible for the visibility timeout) and
-- confirms it (deleted). The dequeue counter is the receipt: a confirmation or release only applies to the
-- dequeue it came from. A delivery that fails past the pulling agent's MaxEventDeliveryTime makes the message
-- visible again, its counter negated (the agent still confirms the failed batch when it leaves its cache, and that
-- receipt must match nothing, or the retry would be deleted before it ran), until it has been dequeued MaxAttempts
-- times; then it is dead.
--
-- The provider's C# casts Dequeued to int and the *On columns to DateTime; Microsoft.Data.Sqlite returns
-- Int64 and text, so Ugc.Storage's data source converts those columns as it reads them.

CREATE TABLE IF NOT EXISTS ugc_stream_message
(
    message_id  INTEGER PRIMARY KEY AUTOINCREMENT,
    service_id  TEXT    NOT NULL,
    provider_id TEXT    NOT NULL,
    queue_id    TEXT    NOT NULL,
    dequeued    INTEGER NOT NULL,
    visible_on  TEXT    NOT NULL,
    expires_on  TEXT    NOT NULL,
    created_on  TEXT    NOT NULL,
    modified_on TEXT    NOT NULL,
    dead_on     TEXT    NULL,
    remove_on   TEXT    NULL,
    payload     BLOB    NOT NULL
);

CREATE INDEX IF NOT EXISTS ix_ugc_stream_message_queue ON ugc_stream_message (service_id, provider_id, queue_id, message_id)
    WHERE dead_on IS NULL;
CREATE INDEX IF NOT EXISTS ix_ugc_stream_message_dead ON ugc_stream_message (service_id, provider_id, dead_on)
    WHERE dead_on IS NOT NULL;

CREATE VIEW IF NOT EXISTS ugc_stream_dead_letter AS
SELECT service_id, provider_id, queue_id, message_id, dequeued, visible_on, expires_on, created_on, modified_on,
       dead_on, remove_on, payload
FROM ugc_stream_message
WHERE dead_on IS NOT NULL;

-- When each queue next runs its eviction (at most once per EvictionInterval, inside the dequeue query).
CREATE TABLE IF NOT EXISTS ugc_stream_eviction
(
    service_id  TEXT NOT NULL,
    provider_id TEXT NOT NULL,
    queue_id    TEXT NOT NULL,
    evict_on    TEXT NOT NULL,
    PRIMARY KEY (service_id, provider_id, queue_id)
);

INSERT INTO OrleansQuery (QueryKey, QueryText) VALUES
('QueueStreamMessageKey', '
INSERT INTO ugc_stream_message (service_id, provider_id, queue_id, dequeued, visible_on, expires_on, created_on, modified_on, payload)
VALUES (@ServiceId, @ProviderId, @QueueId, 0, strftime(''%Y-%m-%d %H:%M:%f''),
        strftime(''%Y-%m-%d %H:%M:%f'', julianday() + @ExpiryTimeout / 86400.0),
        strftime(''%Y-%m-%d %H:%M:%f''), strftime(''%Y-%m-%d %H:%M:%f''), @Payload)
RETURNING service_id AS ServiceId, provider_id AS ProviderId, queue_id AS QueueId, message_id AS MessageId;
'),
-- Eviction first, when due (each statement commits by itself; an interruption leaves nothing half done),
-- then the dequeue of the oldest visible messages.
('GetStreamMessagesKey', '
INSERT INTO ugc_stream_eviction (service_id, provider_id, queue_id, evict_on)
VALUES (@ServiceId, @ProviderId, @QueueId, strftime(''%Y-%m-%d %H:%M:%f''))
ON CONFLICT DO NOTHING;
UPDATE ugc_stream_message
SET dead_on = strftime(''%Y-%m-%d %H:%M:%f''),
    remove_on = strftime(''%Y-%m-%d %H:%M:%f'', julianday() + @RemovalTimeout / 86400.0)
WHERE message_id IN (
    SELECT message_id FROM ugc_stream_message
    WHERE service_id = @ServiceId AND provider_id = @ProviderId AND queue_id = @QueueId AND dead_on IS NULL
      AND visible_on <= strftime(''%Y-%m-%d %H:%M:%f'')
      AND (abs(dequeued) >= @MaxAttempts OR expires_on <= strftime(''%Y-%m-%d %H:%M:%f''))
      AND (SELECT evict_on FROM ugc_stream_eviction
           WHERE service_id = @ServiceId AND provider_id = @ProviderId AND queue_id = @QueueId) <= strftime(''%Y-%m-%d %H:%M:%f'')
    ORDER BY message_id
    LIMIT @EvictionBatchSize);
DELETE FROM ugc_stream_message
WHERE message_id IN (
    SELECT message_id FROM ugc_stream_message
    WHERE service_id = @ServiceId AND provider_id = @ProviderId AND queue_id = @QueueId AND dead_on IS NOT NULL
      AND remove_on <= strftime(''%Y-%m-%d %H:%M:%f'')
      AND (SELECT evict_on FROM ugc_stream_eviction
           WHERE service_id = @ServiceId AND provider_id = @ProviderId AND queue_id = @QueueId) <= strftime(''%Y-%m-%d %H:%M:%f'')
    LIMIT @EvictionBatchSize);
UPDATE ugc_stream_eviction
SET evict_on = strftime(''%Y-%m-%d %H:%M:%f'', julianday() + @EvictionInterval / 86400.0)
WHERE service_id = @ServiceId AND provider_id = @ProviderId AND queue_id = @QueueId
  AND evict_on <= strftime(''%Y-%m-%d %H:%M:%f'');
UPDATE ugc_stream_message
SET dequeued = abs(dequeued) + 1,
    visible_on = strftime(''%Y-%m-%d %H:%M:%f'', julianday() + @VisibilityTimeout / 86400.0),
    modified_on = strftime(''%Y-%m-%d %H:%M:%f'')
WHERE message_id IN (
    SELECT message_id FROM ugc_stream_message
    WHERE service_id = @ServiceId AND provider_id = @ProviderId AND queue_id = @QueueId AND dead_on IS NULL
      AND abs(dequeued) < @MaxAttempts
      AND visible_on <= strftime(''%Y-%m-%d %H:%M:%f'') AND expires_on > strftime(''%Y-%m-%d %H:%M:%f'')
    ORDER BY message_id
    LIMIT @MaxCount)
RETURNING service_id AS ServiceId, provider_id AS ProviderId, queue_id AS QueueId, message_id AS MessageId,
          dequeued AS Dequeued, visible_on AS VisibleOn, expires_on AS ExpiresOn, created_on AS CreatedOn,
          modified_on AS ModifiedOn, payload AS Payload;
'),
-- @Items is "id:receipt|id:receipt|..."; rewritten as the JSON array [[id,receipt],...] for json_each.
-- A positive receipt confirms (deletes) the message; a negative one (sent by a receiver shutting down) releases
-- it for immediate redelivery. Either only if the receipt still matches.
('ConfirmStreamMessagesKey', '
UPDATE ugc_stream_message
SET visible_on = strftime(''%Y-%m-%d %H:%M:%f''), modified_on = strftime(''%Y-%m-%d %H:%M:%f'')
WHERE service_id = @ServiceId AND provider_id = @ProviderId AND queue_id = @QueueId AND dead_on IS NULL AND dequeued > 0
  AND (message_id, -dequeued) IN (
    SELECT json_extract(value, ''$[0]''), json_extract(value, ''$[1]'')
    FROM json_each(''[['' || replace(replace(@Items, '':'', '',''), ''|'', ''],['') || '']]''))
RETURNING service_id AS ServiceId, provider_id AS ProviderId, queue_id AS QueueId, message_id AS MessageId;
DELETE FROM ugc_stream_message
WHERE service_id = @ServiceId AND provider_id = @ProviderId AND queue_id = @QueueId AND dead_on IS NULL AND dequeued > 0
  AND (message_id, dequeued) IN (
    SELECT json_extract(value, ''$[0]''), json_extract(value, ''$[1]'')
    FROM json_each(''[['' || replace(replace(@Items, '':'', '',''), ''|'', ''],['') || '']]''))
RETURNING service_id AS ServiceId, provider_id AS ProviderId, queue_id AS QueueId, message_id AS MessageId;
'),
-- Called by the provider's failure handler once a delivery failed past MaxEventDeliveryTime: retry while
-- attempts remain (the counter negated, so the agent's later confirmation of the failed batch matches nothing),
-- else the message is dead.
('FailStreamMessageKey', '
UPDATE ugc_stream_message
SET visible_on = CASE WHEN abs(dequeued) < @MaxAttempts THEN strftime(''%Y-%m-%d %H:%M:%f'') ELSE visible_on END,
    modified_on = strftime(''%Y-%m-%d %H:%M:%f''),
    dequeued = CASE WHEN abs(dequeued) < @MaxAttempts THEN -abs(dequeued) ELSE abs(dequeued) END,
    dead_on = CASE WHEN abs(dequeued) < @MaxAttempts THEN NULL ELSE strftime(''%Y-%m-%d %H:%M:%f'') END,
    remove_on = CASE WHEN abs(dequeued) < @MaxAttempts THEN NULL
                     ELSE strftime(''%Y-%m-%d %H:%M:%f'', julianday() + @RemovalTimeout / 86400.0) END
WHERE service_id = @ServiceId AND provider_id = @ProviderId AND queue_id = @QueueId AND message_id = @MessageId
  AND dead_on IS NULL;
'),
-- The provider requires the two eviction keys at start but never calls them: eviction runs inside
-- GetStreamMessagesKey. They are kept correct for operators, with the parameter names the provider binds.
('EvictStreamMessagesKey', '
UPDATE ugc_stream_message
SET dead_on = strftime(''%Y-%m-%d %H:%M:%f''),
    remove_on = strftime(''%Y-%m-%d %H:%M:%f'', julianday() + @RemovalTimeout / 86400.0)
WHERE message_id IN (
    SELECT message_id FROM ugc_stream_message
    WHERE service_id = @ServiceId AND provider_id = @ProviderId AND queue_id = @QueueId AND dead_on IS NULL
      AND visible_on <= strftime(''%Y-%m-%d %H:%M:%f'')
      AND (abs(dequeued) >= @MaxAttempts OR expires_on <= strftime(''%Y-%m-%d %H:%M:%f''))
    ORDER BY message_id
    LIMIT @MaxCount);
'),
('EvictStreamDeadLettersKey', '
DELETE FROM ugc_stream_message
WHERE message_id IN (
    SELECT message_id FROM ugc_stream_message
    WHERE service_id = @ServiceId AND provider_id = @ProviderId AND queue_id = @QueueId AND dead_on IS NOT NULL
      AND remove_on <= strftime(''%Y-%m-%d %H:%M:%f'')
    LIMIT @MaxCount);
')
ON CONFLICT (QueryKey) DO UPDATE SET QueryText = excluded.QueryText;
