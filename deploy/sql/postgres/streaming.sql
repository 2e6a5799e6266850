-- Stream queues for Orleans' ADO.NET streams (Microsoft.Orleans.Streaming.AdoNet, AddAdoNetStreams, invariant Npgsql).
--
-- A message waits in ugc_stream_message until a pulling agent dequeues it (dequeued + 1, invisible for the
-- visibility timeout) and confirms it (deleted). The dequeue counter is the receipt: a confirmation or release
-- only applies to the dequeue it came from. A delivery that fails past the pulling agent's MaxEventDeliveryTime
-- makes the message visible again with its counter negated: the agent still confirms the failed batch when it
-- leaves its cache, and that receipt must match nothing, or the retry would be deleted before it ran. The next
-- dequeue counts on from the absolute value. Once dequeued MaxAttempts times, a failure moves the message to
-- ugc_stream_dead_letter, which operators read and replay (Ugc.Storage's IStreamQueueMonitor).
-- Messages past their expiry, or past MaxAttempts and no longer in flight, move there during the dequeue.
--
-- The rows a statement has locked are then updated or deleted by key lookups (message_id = ANY (ARRAY(...))), never
-- by a join: the planner sizes a join from the table's statistics, which for a queue this volatile are mostly taken
-- when it is empty, and a join planned for one row turned each confirmation of a few hundred messages into a scan of
-- the whole queue per message (170-200 ms with 1,000 messages in flight; 5-7.5 ms by key lookups).

CREATE SEQUENCE IF NOT EXISTS ugc_stream_message_id AS bigint;

CREATE TABLE IF NOT EXISTS ugc_stream_message
(
    service_id  varchar(150) NOT NULL,
    provider_id varchar(150) NOT NULL,
    queue_id    varchar(150) NOT NULL,
    message_id  bigint       NOT NULL DEFAULT nextval('ugc_stream_message_id'),
    dequeued    integer      NOT NULL,
    visible_on  timestamptz  NOT NULL,
    expires_on  timestamptz  NOT NULL,
    created_on  timestamptz  NOT NULL,
    modified_on timestamptz  NOT NULL,
    payload     bytea        NOT NULL,
    CONSTRAINT pk_ugc_stream_message PRIMARY KEY (service_id, provider_id, queue_id, message_id)
);

-- The dequeue looks for visible messages; under load most of a queue's rows are in flight (the pulling agent confirms
-- only when its cache lets a bucket of ~400 go), and finding the visible ones by message order alone read every row
-- in flight on each poll (0.5 ms with 400 in flight, 0.86 ms with 1,000; 0.18-0.28 ms with this index, whatever is in flight).
-- It costs a dequeue its heap-only update (visible_on is indexed now), a fraction of what the polls saved.
CREATE INDEX IF NOT EXISTS ix_ugc_stream_message_visible ON ugc_stream_message (service_id, provider_id, queue_id, visible_on);

CREATE TABLE IF NOT EXISTS ugc_stream_dead_letter
(
    service_id  varchar(150) NOT NULL,
    provider_id varchar(150) NOT NULL,
    queue_id    varchar(150) NOT NULL,
    message_id  bigint       NOT NULL,
    dequeued    integer      NOT NULL,
    visible_on  timestamptz  NOT NULL,
    expires_on  timestamptz  NOT NULL,
    created_on  timestamptz  NOT NULL,
    modified_on timestamptz  NOT NULL,
    dead_on     timestamptz  NOT NULL,
    remove_on   timestamptz  NOT NULL,
    payload     bytea        NOT NULL,
    CONSTRAINT pk_ugc_stream_dead_letter PRIMARY KEY (service_id, provider_id, queue_id, message_id)
);

CREATE INDEX IF NOT EXISTS ix_ugc_stream_dead_letter_dead_on ON ugc_stream_dead_letter (service_id, provider_id, dead_on);

-- When each queue next runs its eviction (at most once per EvictionInterval, inside the dequeue query).
CREATE TABLE IF NOT EXISTS ugc_stream_eviction
(
    service_id  varchar(150) NOT NULL,
    provider_id varchar(150) NOT NULL,
    queue_id    varchar(150) NOT NULL,
    evict_on    timestamptz  NOT NULL,
    CONSTRAINT pk_ugc_stream_eviction PRIMARY KEY (service_id, provider_id, queue_id)
);

-- A batch of submissions is several KB: stored with lz4 where the server has it (main.sql says why).
CALL ugc_compress_with_lz4('ugc_stream_message', 'payload');
CALL ugc_compress_with_lz4('ugc_stream_dead_letter', 'payload');

INSERT INTO OrleansQuery (QueryKey, QueryText) VALUES
('QueueStreamMessageKey', $q$
INSERT INTO ugc_stream_message (service_id, provider_id, queue_id, dequeued, visible_on, expires_on, created_on, modified_on, payload)
VALUES (@ServiceId, @ProviderId, @QueueId, 0, now(), now() + @ExpiryTimeout * interval '1 second', now(), now(), @Payload)
RETURNING service_id AS ServiceId, provider_id AS ProviderId, queue_id AS QueueId, message_id AS MessageId
$q$),
-- One statement: claim the eviction slot if it is due, evict, then dequeue the oldest visible messages.
-- The slot is written only when due (its first row is inserted with nothing to conflict with), so a poll of an
-- idle queue writes nothing: no row lock, no transaction id, no commit to flush.
-- The evicted and the dequeued rows are disjoint (|dequeued| < MaxAttempts and unexpired versus the opposite).
-- Returned in message order: the pulling agent caches and delivers them in the order it receives them.
('GetStreamMessagesKey', $q$
WITH first_slot AS (
    INSERT INTO ugc_stream_eviction (service_id, provider_id, queue_id, evict_on)
    VALUES (@ServiceId, @ProviderId, @QueueId, now())
    ON CONFLICT (service_id, provider_id, queue_id) DO NOTHING),
due AS (
    UPDATE ugc_stream_eviction AS e
    SET evict_on = now() + @EvictionInterval * interval '1 second'
    WHERE e.service_id = @ServiceId AND e.provider_id = @ProviderId AND e.queue_id = @QueueId AND e.evict_on <= now()
    RETURNING 1),
expired AS (
    DELETE FROM ugc_stream_message AS m
    WHERE EXISTS (SELECT 1 FROM due)
      AND (m.service_id, m.provider_id, m.queue_id, m.message_id) IN (
        SELECT service_id, provider_id, queue_id, message_id FROM ugc_stream_message
        WHERE service_id = @ServiceId AND provider_id = @ProviderId AND queue_id = @QueueId
          AND visible_on <= now() AND (abs(dequeued) >= @MaxAttempts OR expires_on <= now())
        ORDER BY message_id
        LIMIT @EvictionBatchSize
        FOR UPDATE SKIP LOCKED)
    RETURNING m.*),
buried AS (
    INSERT INTO ugc_stream_dead_letter (service_id, provider_id, queue_id, message_id, dequeued, visible_on, expires_on,
                                        created_on, modified_on, dead_on, remove_on, payload)
    SELECT service_id, provider_id, queue_id, message_id, abs(dequeued), visible_on, expires_on,
           created_on, modified_on, now(), now() + @RemovalTimeout * interval '1 second', payload
    FROM expired
    ON CONFLICT DO NOTHING),
removed AS (
    DELETE FROM ugc_stream_dead_letter AS d
    WHERE EXISTS (SELECT 1 FROM due)
      AND (d.service_id, d.provider_id, d.queue_id, d.message_id) IN (
        SELECT service_id, provider_id, queue_id, message_id FROM ugc_stream_dead_letter
        WHERE service_id = @ServiceId AND provider_id = @ProviderId AND queue_id = @QueueId AND remove_on <= now()
        LIMIT @EvictionBatchSize
        FOR UPDATE SKIP LOCKED)),
batch AS (
    SELECT message_id FROM ugc_stream_message
    WHERE service_id = @ServiceId AND provider_id = @ProviderId AND queue_id = @QueueId
      AND abs(dequeued) < @MaxAttempts AND visible_on <= now() AND expires_on > now()
    ORDER BY message_id
    LIMIT @MaxCount
    FOR UPDATE),
taken AS (
    UPDATE ugc_stream_message AS m
    SET dequeued = abs(m.dequeued) + 1, visible_on = now() + @VisibilityTimeout * interval '1 second', modified_on = now()
    WHERE m.service_id = @ServiceId AND m.provider_id = @ProviderId AND m.queue_id = @QueueId
      AND m.message_id = ANY (ARRAY(SELECT message_id FROM batch))
    RETURNING m.*)
SELECT service_id AS ServiceId, provider_id AS ProviderId, queue_id AS QueueId, message_id AS MessageId,
       dequeued AS Dequeued, visible_on AS VisibleOn, expires_on AS ExpiresOn, created_on AS CreatedOn,
       modified_on AS ModifiedOn, payload AS Payload
FROM taken
ORDER BY message_id
$q$),
-- @Items is "id:receipt|id:receipt|...". A positive receipt confirms (deletes) the message; a negative one
-- (sent by a receiver shutting down) releases it for immediate redelivery. Either only if the receipt still matches.
('ConfirmStreamMessagesKey', $q$
WITH items AS (
    SELECT split_part(item, ':', 1)::bigint AS message_id, split_part(item, ':', 2)::integer AS receipt
    FROM unnest(string_to_array(@Items, '|')) AS item),
-- Lock the rows in key order first, as the dequeue does, so two receivers of a queue in hand-off cannot deadlock.
locked AS (
    SELECT m.message_id, m.dequeued, items.receipt
    FROM ugc_stream_message AS m
    JOIN items ON items.message_id = m.message_id AND (m.dequeued = items.receipt OR m.dequeued = -items.receipt)
    WHERE m.service_id = @ServiceId AND m.provider_id = @ProviderId AND m.queue_id = @QueueId
    ORDER BY m.message_id
    FOR UPDATE OF m),
-- The locked rows are ours until commit, so their dequeue counters, read under the lock, still hold below.
released AS (
    UPDATE ugc_stream_message AS m
    SET visible_on = now(), modified_on = now()
    WHERE m.service_id = @ServiceId AND m.provider_id = @ProviderId AND m.queue_id = @QueueId
      AND m.message_id = ANY (ARRAY(SELECT message_id FROM locked WHERE receipt < 0 AND dequeued = -receipt))
    RETURNING m.service_id, m.provider_id, m.queue_id, m.message_id),
confirmed AS (
    DELETE FROM ugc_stream_message AS m
    WHERE m.service_id = @ServiceId AND m.provider_id = @ProviderId AND m.queue_id = @QueueId
      AND m.message_id = ANY (ARRAY(SELECT message_id FROM locked WHERE receipt > 0 AND dequeued = receipt))
    RETURNING m.service_id, m.provider_id, m.queue_id, m.message_id)
SELECT service_id AS ServiceId, provider_id AS ProviderId, queue_id AS QueueId, message_id AS MessageId FROM released
UNION ALL
SELECT service_id, provider_id, queue_id, message_id FROM confirmed
$q$),
-- Called by the provider's failure handler once a delivery failed past MaxEventDeliveryTime: retry while attempts
-- remain, else move the message to the dead letters.
('FailStreamMessageKey', $q$
WITH retried AS (
    UPDATE ugc_stream_message
    SET visible_on = now(), modified_on = now(), dequeued = -abs(dequeued)
    WHERE service_id = @ServiceId AND provider_id = @ProviderId AND queue_id = @QueueId AND message_id = @MessageId
      AND abs(dequeued) < @MaxAttempts
    RETURNING 1),
failed AS (
    DELETE FROM ugc_stream_message
    WHERE service_id = @ServiceId AND provider_id = @ProviderId AND queue_id = @QueueId AND message_id = @MessageId
      AND abs(dequeued) >= @MaxAttempts
    RETURNING *)
INSERT INTO ugc_stream_dead_letter (service_id, provider_id, queue_id, message_id, dequeued, visible_on, expires_on,
                                    created_on, modified_on, dead_on, remove_on, payload)
SELECT service_id, provider_id, queue_id, message_id, abs(dequeued), visible_on, expires_on,
       created_on, modified_on, now(), now() + @RemovalTimeout * interval '1 second', payload
FROM failed
ON CONFLICT DO NOTHING
$q$),
-- The provider requires the two eviction keys at start but never calls them: eviction runs inside
-- GetStreamMessagesKey. They are kept correct for operators, with the parameter names the provider binds
-- (@MaxCount, not a batch size).
('EvictStreamMessagesKey', $q$
WITH expired AS (
    DELETE FROM ugc_stream_message AS m
    WHERE (m.service_id, m.provider_id, m.queue_id, m.message_id) IN (
        SELECT service_id, provider_id, queue_id, message_id FROM ugc_stream_message
        WHERE service_id = @ServiceId AND provider_id = @ProviderId AND queue_id = @QueueId
          AND visible_on <= now() AND (abs(dequeued) >= @MaxAttempts OR expires_on <= now())
        ORDER BY message_id
        LIMIT @MaxCount
        FOR UPDATE SKIP LOCKED)
    RETURNING m.*)
INSERT INTO ugc_stream_dead_letter (service_id, provider_id, queue_id, message_id, dequeued, visible_on, expires_on,
                                    created_on, modified_on, dead_on, remove_on, payload)
SELECT service_id, provider_id, queue_id, message_id, abs(dequeued), visible_on, expires_on,
       created_on, modified_on, now(), now() + @RemovalTimeout * interval '1 second', payload
FROM expired
ON CONFLICT DO NOTHING
$q$),
('EvictStreamDeadLettersKey', $q$
DELETE FROM ugc_stream_dead_letter AS d
WHERE (d.service_id, d.provider_id, d.queue_id, d.message_id) IN (
    SELECT service_id, provider_id, queue_id, message_id FROM ugc_stream_dead_letter
    WHERE service_id = @ServiceId AND provider_id = @ProviderId AND queue_id = @QueueId AND remove_on <= now()
    LIMIT @MaxCount
    FOR UPDATE SKIP LOCKED)
$q$)
ON CONFLICT (QueryKey) DO UPDATE SET QueryText = excluded.QueryText;
