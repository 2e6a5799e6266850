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
