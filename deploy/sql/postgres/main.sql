-- Ugc storage for Microsoft Orleans 10.4 on PostgreSQL 15 or later: the query table.
--
-- Orleans' ADO.NET providers read every query they run from OrleansQuery (key -> SQL text) when they start.
-- The feature scripts beside this one create their tables and upsert their rows here, so a newer build's
-- queries replace older ones. Every script is idempotent: the silo applies them all at start, in one
-- transaction under an advisory lock; an operator may apply them by hand in the same order:
--   psql --single-transaction -v ON_ERROR_STOP=1 -f main.sql -f persistence.sql -f reminders.sql \
--        -f streaming.sql -f clustering.sql "<connection string>"

CREATE TABLE IF NOT EXISTS OrleansQuery
(
    QueryKey  varchar(64) NOT NULL,
    QueryText text        NOT NULL,
    CONSTRAINT pk_orleans_query PRIMARY KEY (QueryKey)
);

-- PostgreSQL compresses a stored value over ~2 KB (a product's content, the duplicate-text shards, the moderation
-- queue, a batch of submissions). With its default, pglz, that took ~0.45 ms of each such grain state write, for
-- little: a product state, its texts already Brotli-compressed, shrinks by 9 %; with lz4 grain state writes averaged
-- 0.2 ms instead of 0.65 ms under load. The feature scripts call this for their payload columns: lz4 where the
-- server was built with it, altered only while a column is not lz4 yet, so a restart takes no table lock.
CREATE OR REPLACE PROCEDURE ugc_compress_with_lz4(target regclass, target_column name)
LANGUAGE plpgsql AS $body$
BEGIN
    IF EXISTS (SELECT 1 FROM pg_settings WHERE name = 'default_toast_compression' AND 'lz4' = ANY (enumvals))
       AND EXISTS (SELECT 1 FROM pg_attribute WHERE attrelid = target AND attname = target_column AND attcompression <> 'l')
    THEN
        EXECUTE format('ALTER TABLE %s ALTER COLUMN %I SET COMPRESSION lz4', target, target_column);
    END IF;
END
$body$;
