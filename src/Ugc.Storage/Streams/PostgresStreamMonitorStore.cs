using Npgsql;

namespace Ugc.Storage.Streams;

/// <summary>The monitor's SQL on our PostgreSQL stream tables (<c>deploy/sql/postgres/streaming.sql</c>).</summary>
internal sealed class PostgresStreamMonitorStore(NpgsqlDataSource dataSource) : IStreamMonitorStore
{
    private const string CountSql = """
        SELECT queue_id, sum(waiting)::bigint, sum(in_flight)::bigint, min(oldest), sum(dead)::bigint
        FROM (
            SELECT queue_id,
                   count(*) FILTER (WHERE visible_on <= now()) AS waiting,
                   count(*) FILTER (WHERE visible_on > now()) AS in_flight,
                   min(created_on) FILTER (WHERE visible_on <= now()) AS oldest,
                   0 AS dead
            FROM ugc_stream_message WHERE service_id = @service AND provider_id = @provider GROUP BY queue_id
            UNION ALL
            SELECT queue_id, 0, 0, NULL, count(*)
            FROM ugc_stream_dead_letter WHERE service_id = @service AND provider_id = @provider GROUP BY queue_id
        ) AS counts
        GROUP BY queue_id
        """;

    private const string DeadLettersSql = """
        SELECT message_id, queue_id, created_on, dead_on, dequeued, payload
        FROM ugc_stream_dead_letter
        WHERE service_id = @service AND provider_id = @provider
        ORDER BY dead_on DESC, message_id DESC
        LIMIT @limit
        """;

    private const string ReplaySql = """
        WITH dead AS (
            DELETE FROM ugc_stream_dead_letter
            WHERE service_id = @service AND provider_id = @provider AND message_id = @id
            RETURNING *)
        INSERT INTO ugc_stream_message (service_id, provider_id, queue_id, message_id, dequeued, visible_on, expires_on,
                                        created_on, modified_on, payload)
        SELECT service_id, provider_id, queue_id, message_id, 0, now(), now() + @expiry * interval '1 second',
               created_on, now(), payload
        FROM dead
        RETURNING queue_id
        """;

    public async Task<IReadOnlyList<QueueCounts>> CountAsync(string serviceId, string providerId, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(CountSql);
        command.Parameters.AddWithValue("service", serviceId);
        command.Parameters.AddWithValue("provider", providerId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var counts = new List<QueueCounts>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            counts.Add(new QueueCounts(reader.GetString(0), reader.GetInt64(1), reader.GetInt64(2),
                reader.IsDBNull(3) ? null : reader.GetFieldValue<DateTime>(3), reader.GetInt64(4)));
        }

        return counts;
    }

    public async Task<IReadOnlyList<DeadLetterRow>> ReadDeadLettersAsync(string serviceId, string providerId, int limit, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(DeadLettersSql);
        command.Parameters.AddWithValue("service", serviceId);
        command.Parameters.AddWithValue("provider", providerId);
        command.Parameters.AddWithValue("limit", limit);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var rows = new List<DeadLetterRow>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            rows.Add(new DeadLetterRow(reader.GetInt64(0), reader.GetString(1), reader.GetFieldValue<DateTime>(2),
                reader.GetFieldValue<DateTime>(3), reader.GetInt32(4), reader.GetFieldValue<byte[]>(5)));
        }

        return rows;
    }

    public async Task<string?> ReplayAsync(string serviceId, string providerId, long messageId, int expirySeconds, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(ReplaySql);
        command.Parameters.AddWithValue("service", serviceId);
        command.Parameters.AddWithValue("provider", providerId);
        command.Parameters.AddWithValue("id", messageId);
        command.Parameters.AddWithValue("expiry", expirySeconds);
        return (string?)await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
    }
}
