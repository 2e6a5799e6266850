using System.Diagnostics.CodeAnalysis;
using System.Data.Common;
using Ugc.Storage.Sqlite;

namespace Ugc.Storage.Streams;

/// <summary>
/// The monitor's SQL on our SQLite stream table (<c>deploy/sql/sqlite/streaming.sql</c>), through the gated data
/// source. A dead letter is a row with <c>dead_on</c> set, so replay is one UPDATE.
/// </summary>
internal sealed class SqliteStreamMonitorStore(UgcSqliteDataSource dataSource) : IStreamMonitorStore
{
    private const string Now = "strftime('%Y-%m-%d %H:%M:%f')";

    private const string CountSql = $"""
        SELECT queue_id,
               sum(dead_on IS NULL AND visible_on <= {Now}),
               sum(dead_on IS NULL AND visible_on > {Now}),
               min(CASE WHEN dead_on IS NULL AND visible_on <= {Now} THEN created_on END) AS CreatedOn,
               sum(dead_on IS NOT NULL)
        FROM ugc_stream_message
        WHERE service_id = @service AND provider_id = @provider
        GROUP BY queue_id
        """;

    private const string DeadLettersSql = """
        SELECT message_id, queue_id, created_on AS CreatedOn, dead_on AS DeadOn, dequeued, payload
        FROM ugc_stream_message
        WHERE service_id = @service AND provider_id = @provider AND dead_on IS NOT NULL
        ORDER BY dead_on DESC, message_id DESC
        LIMIT @limit
        """;

    private const string ReplaySql = $"""
        UPDATE ugc_stream_message
        SET dead_on = NULL, remove_on = NULL, dequeued = 0, visible_on = {Now}, modified_on = {Now},
            expires_on = strftime('%Y-%m-%d %H:%M:%f', julianday() + @expiry / 86400.0)
        WHERE service_id = @service AND provider_id = @provider AND message_id = @id AND dead_on IS NOT NULL
        RETURNING queue_id
        """;

    public async Task<IReadOnlyList<QueueCounts>> CountAsync(string serviceId, string providerId, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var command = Command(connection, CountSql, serviceId, providerId);
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
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var command = Command(connection, DeadLettersSql, serviceId, providerId);
        AddParameter(command, "limit", limit);
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
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var command = Command(connection, ReplaySql, serviceId, providerId);
        AddParameter(command, "id", messageId);
        AddParameter(command, "expiry", expirySeconds);
        return (string?)await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>A command through <see cref="DbConnection.CreateCommand"/>, which is the gated one.</summary>
    [SuppressMessage("Security", "CA2100", Justification = "Only this class's constant queries reach here; values are parameters.")]
    private static DbCommand Command(DbConnection connection, string sql, string serviceId, string providerId)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        AddParameter(command, "service", serviceId);
        AddParameter(command, "provider", providerId);
        return command;
    }

    private static void AddParameter(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = "@" + name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }
}
