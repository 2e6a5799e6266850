using Ugc.Actors.Sql.Dialects;

namespace Ugc.Actors.Sql.Streams;

/// <summary>
/// The stream queue statements. Most are shared; dequeue, confirm, dead-letter and replay differ: PostgreSQL skips
/// rows other readers hold (FOR UPDATE SKIP LOCKED) and moves rows with one data-modifying CTE, while SQLite, which
/// has one writer at a time, runs plain statements inside its write transaction.
/// </summary>
internal sealed class StreamQueueQueries
{
    private const string Queue = "service_id = @service_id AND provider_name = @provider_name AND queue_id = @queue_id";

    public const string Enqueue = """
        INSERT INTO ugc_stream_messages
            (service_id, provider_name, queue_id, stream_namespace, stream_key, payload_type, payload, enqueued_at, visible_after, attempts)
        VALUES (@service_id, @provider_name, @queue_id, @stream_namespace, @stream_key, @payload_type, @payload, @now, @now, 0)
        """;

    public const string Abandon = "UPDATE ugc_stream_messages SET visible_after = @visible_after WHERE " + Queue + " AND sequence_id = @sequence_id";

    public const string ReadDeadLetters = """
        SELECT id, queue_id, sequence_id, stream_namespace, stream_key, payload_type, payload, enqueued_at, failed_at, attempts, last_error
        FROM ugc_stream_dead_letters WHERE service_id = @service_id AND provider_name = @provider_name
        ORDER BY id DESC LIMIT @max_count
        """;

    public const string Stats = "SELECT count(*), min(enqueued_at) FROM ugc_stream_messages WHERE " + Queue;

    /// <summary>Takes the lease when it is free, expired, or already ours; returns a row only on success.</summary>
    public const string AcquireLease = """
        INSERT INTO ugc_stream_leases (service_id, provider_name, queue_id, owner, expires_at)
        VALUES (@service_id, @provider_name, @queue_id, @owner, @expires_at)
        ON CONFLICT (service_id, provider_name, queue_id) DO UPDATE
        SET owner = excluded.owner, expires_at = excluded.expires_at
        WHERE ugc_stream_leases.owner = excluded.owner OR ugc_stream_leases.expires_at <= @now
        RETURNING owner
        """;

    public const string ReleaseLease = "DELETE FROM ugc_stream_leases WHERE " + Queue + " AND owner = @owner";

    private const string DeadLetterColumns =
        "service_id, provider_name, queue_id, sequence_id, stream_namespace, stream_key, payload_type, payload, enqueued_at, failed_at, attempts, last_error";

    private const string MessageColumns =
        "service_id, provider_name, queue_id, stream_namespace, stream_key, payload_type, payload, enqueued_at, visible_after, attempts";

    public static StreamQueueQueries Postgres { get; } = new()
    {
        Dequeue = """
            UPDATE ugc_stream_messages AS m SET visible_after = @hidden_until, attempts = m.attempts + 1
            FROM (SELECT sequence_id FROM ugc_stream_messages
                  WHERE service_id = @service_id AND provider_name = @provider_name AND queue_id = @queue_id AND visible_after <= @now
                  ORDER BY sequence_id LIMIT @max_count FOR UPDATE SKIP LOCKED) AS picked
            WHERE m.sequence_id = picked.sequence_id
            RETURNING m.sequence_id, m.stream_namespace, m.stream_key, m.payload_type, m.payload, m.enqueued_at, m.attempts
            """,
        Confirm = "DELETE FROM ugc_stream_messages WHERE " + Queue + " AND sequence_id = ANY(@sequence_ids)",
        DeadLetter = $"""
            WITH moved AS (
                DELETE FROM ugc_stream_messages WHERE {Queue} AND sequence_id = @sequence_id
                RETURNING queue_id, sequence_id, stream_namespace, stream_key, payload_type, payload, enqueued_at, attempts)
            INSERT INTO ugc_stream_dead_letters ({DeadLetterColumns})
            SELECT @service_id, @provider_name, queue_id, sequence_id, stream_namespace, stream_key, payload_type, payload,
                   enqueued_at, @now, attempts, @last_error
            FROM moved
            """,
        Replay = $"""
            WITH replayed AS (
                DELETE FROM ugc_stream_dead_letters WHERE id = @id AND service_id = @service_id AND provider_name = @provider_name
                RETURNING queue_id, stream_namespace, stream_key, payload_type, payload)
            INSERT INTO ugc_stream_messages ({MessageColumns})
            SELECT @service_id, @provider_name, queue_id, stream_namespace, stream_key, payload_type, payload, @now, @now, 0
            FROM replayed
            """,
    };

    public static StreamQueueQueries Sqlite { get; } = new()
    {
        Dequeue = """
            UPDATE ugc_stream_messages SET visible_after = @hidden_until, attempts = attempts + 1
            WHERE sequence_id IN (
                SELECT sequence_id FROM ugc_stream_messages
                WHERE service_id = @service_id AND provider_name = @provider_name AND queue_id = @queue_id AND visible_after <= @now
                ORDER BY sequence_id LIMIT @max_count)
            RETURNING sequence_id, stream_namespace, stream_key, payload_type, payload, enqueued_at, attempts
            """,
        Confirm = "DELETE FROM ugc_stream_messages WHERE " + Queue + " AND sequence_id IN (SELECT value FROM json_each(@sequence_ids))",
        DeadLetter = $"""
            INSERT INTO ugc_stream_dead_letters ({DeadLetterColumns})
            SELECT service_id, provider_name, queue_id, sequence_id, stream_namespace, stream_key, payload_type, payload,
                   enqueued_at, @now, attempts, @last_error
            FROM ugc_stream_messages WHERE {Queue} AND sequence_id = @sequence_id;
            DELETE FROM ugc_stream_messages WHERE {Queue} AND sequence_id = @sequence_id;
            """,
        Replay = $"""
            INSERT INTO ugc_stream_messages ({MessageColumns})
            SELECT service_id, provider_name, queue_id, stream_namespace, stream_key, payload_type, payload, @now, @now, 0
            FROM ugc_stream_dead_letters WHERE id = @id AND service_id = @service_id AND provider_name = @provider_name;
            DELETE FROM ugc_stream_dead_letters WHERE id = @id AND service_id = @service_id AND provider_name = @provider_name;
            """,
    };

    /// <summary>Hides up to @max_count visible messages and counts the attempt; returns them (in no particular order).</summary>
    public required string Dequeue { get; init; }

    public required string Confirm { get; init; }

    /// <summary>Moves one message to the dead letters; affects nothing when the message is already gone.</summary>
    public required string DeadLetter { get; init; }

    /// <summary>Moves one dead letter back as a new message; affects nothing when it is gone.</summary>
    public required string Replay { get; init; }

    public static StreamQueueQueries For(SqlDialect dialect) => dialect == SqlDialect.Postgres ? Postgres : Sqlite;
}
