-- Ugc storage for Microsoft Orleans 10.4 on SQLite (one silo owns the file): the query table.
--
-- Orleans' ADO.NET providers read every query they run from OrleansQuery (key -> SQL text) when they start.
-- The feature scripts beside this one create their tables and upsert their rows here, so a newer build's
-- queries replace older ones. Every script is idempotent: the silo applies them all at start in one
-- write transaction; an operator may apply them by hand in the same order while no silo runs:
--   cat main.sql persistence.sql reminders.sql streaming.sql | sqlite3 data/ugc.db
--
-- Conventions of these scripts: times are UTC text 'YYYY-MM-DD HH:MM:SS.SSS' (they sort as they compare);
-- no query opens a transaction of its own, each statement commits by itself, so every change that must be
-- atomic is a single statement.

-- Write-ahead logging: readers never block the writer. The mode is kept in the file (a no-op inside a transaction).
PRAGMA journal_mode = WAL;

CREATE TABLE IF NOT EXISTS OrleansQuery
(
    QueryKey  TEXT NOT NULL PRIMARY KEY,
    QueryText TEXT NOT NULL
);
