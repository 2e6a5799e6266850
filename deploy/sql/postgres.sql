-- Ugc.Actors.Sql schema for PostgreSQL. The providers run this same file at start-up (it is embedded in the
-- assembly), so it must stay idempotent: every statement is IF NOT EXISTS. Times are timestamptz (UTC);
-- durations are bigint microseconds so both dialects store them alike.

-- Grain state. A cleared record stays as a tombstone (payload NULL) so versions never restart and a stale
-- ETag from before the clear can never match again.
CREATE TABLE IF NOT EXISTS ugc_grain_state (
    service_id  text        NOT NULL,
    grain_type  text        NOT NULL,
    grain_key   text        NOT NULL,
    state_name  text        NOT NULL,
    payload     jsonb       NULL,
    version     bigint      NOT NULL,
    modified_at timestamptz NOT NULL,
    PRIMARY KEY (service_id, grain_type, grain_key, state_name)
);

CREATE TABLE IF NOT EXISTS ugc_reminders (
    service_id    text        NOT NULL,
    grain_type    text        NOT NULL,
    grain_key     text        NOT NULL,
    reminder_name text        NOT NULL,
    start_at      timestamptz NOT NULL,
    period_us     bigint      NOT NULL,
    version       bigint      NOT NULL,
    PRIMARY KEY (service_id, grain_type, grain_key, reminder_name)
);

-- Stream queues: one table for every partition of every stream provider of every service.
CREATE TABLE IF NOT EXISTS ugc_stream_messages (
    sequence_id      bigserial   PRIMARY KEY,
    service_id       text        NOT NULL,
    provider_name    text        NOT NULL,
    queue_id         integer     NOT NULL,
    stream_namespace text        NOT NULL,
    stream_key       text        NOT NULL,
    payload_type     text        NOT NULL,
    payload          bytea       NOT NULL,
    enqueued_at      timestamptz NOT NULL,
    visible_after    timestamptz NOT NULL,
    attempts         integer     NOT NULL
);

CREATE INDEX IF NOT EXISTS ix_ugc_stream_messages_queue
    ON ugc_stream_messages (service_id, provider_name, queue_id, sequence_id);

CREATE TABLE IF NOT EXISTS ugc_stream_dead_letters (
    id               bigserial   PRIMARY KEY,
    service_id       text        NOT NULL,
    provider_name    text        NOT NULL,
    queue_id         integer     NOT NULL,
    sequence_id      bigint      NOT NULL,
    stream_namespace text        NOT NULL,
    stream_key       text        NOT NULL,
    payload_type     text        NOT NULL,
    payload          bytea       NOT NULL,
    enqueued_at      timestamptz NOT NULL,
    failed_at        timestamptz NOT NULL,
    attempts         integer     NOT NULL,
    last_error       text        NOT NULL
);

CREATE INDEX IF NOT EXISTS ix_ugc_stream_dead_letters_provider
    ON ugc_stream_dead_letters (service_id, provider_name, id);

CREATE TABLE IF NOT EXISTS ugc_stream_leases (
    service_id    text        NOT NULL,
    provider_name text        NOT NULL,
    queue_id      integer     NOT NULL,
    owner         text        NOT NULL,
    expires_at    timestamptz NOT NULL,
    PRIMARY KEY (service_id, provider_name, queue_id)
);

-- Membership: one version row per cluster; every decision bumps it in the same transaction.
CREATE TABLE IF NOT EXISTS ugc_membership_version (
    cluster_id text   NOT NULL PRIMARY KEY,
    version    bigint NOT NULL
);

CREATE TABLE IF NOT EXISTS ugc_membership (
    cluster_id      text        NOT NULL,
    host            text        NOT NULL,
    port            integer     NOT NULL,
    generation      bigint      NOT NULL,
    silo_name       text        NOT NULL,
    status          text        NOT NULL,
    start_time      timestamptz NOT NULL,
    i_am_alive_time timestamptz NOT NULL,
    suspicions      jsonb       NOT NULL,
    etag            bigint      NOT NULL,
    PRIMARY KEY (cluster_id, host, port, generation)
);
