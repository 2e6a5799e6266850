using System.Data.Common;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Ugc.Actors.Sql.Dialects;
using Ugc.Actors.Sql.Options;
using Ugc.Actors.Streams;

namespace Ugc.Actors.Sql.Streams;

/// <summary>
/// Partitioned durable queues of one stream provider in SQL tables: messages, dead letters and queue leases, all
/// scoped by service id and provider name. Every time comes from the injected <see cref="TimeProvider"/>, never from
/// the database clock, so visibility and leases follow one clock that tests can drive.
/// </summary>
public sealed class SqlStreamQueueStorage : IStreamQueueStorage
{
    private readonly string _providerName;
    private readonly SqlDatabase _database;
    private readonly StreamQueueQueries _queries;
    private readonly string _serviceId;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger _logger;

    public SqlStreamQueueStorage(string providerName, SqlDatabase database, SqlStreamQueueOptions options, TimeProvider timeProvider,
        ILogger<SqlStreamQueueStorage>? logger = null)
    {
        _providerName = providerName;
        _database = database;
        _queries = StreamQueueQueries.For(database.Dialect);
        _serviceId = options.ServiceId;
        _timeProvider = timeProvider;
        _logger = logger ?? NullLogger<SqlStreamQueueStorage>.Instance;
    }

    public Task InitAsync(CancellationToken cancellationToken = default) => _database.EnsureSchemaAsync(cancellationToken);

    public async Task EnqueueAsync(int queueId, IReadOnlyList<QueueEnvelope> messages, CancellationToken cancellationToken = default)
    {
        if (messages.Count == 0)
        {
            return;
        }

        await _database.EnsureSchemaAsync(cancellationToken).ConfigureAwait(false);
        var now = _timeProvider.GetUtcNow();
        await _database.WriteAsync((connection, transaction) => _database.ExecuteBatchAsync(connection, transaction, StreamQueueQueries.Enqueue,
            messages, (p, m) => Scope(p, queueId).Text("stream_namespace", m.StreamNamespace).Text("stream_key", m.StreamKey)
                .Text("payload_type", m.PayloadType).Bytes("payload", m.Payload).Time("now", now),
            cancellationToken), cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<QueueMessage>> DequeueAsync(int queueId, int maxCount, TimeSpan visibilityTimeout,
        CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxCount);
        await _database.EnsureSchemaAsync(cancellationToken).ConfigureAwait(false);
        var now = _timeProvider.GetUtcNow();
        var messages = await _database.WriteAsync(async (connection, transaction) =>
        {
            var command = _database.Command(connection, transaction, _queries.Dequeue);
            await using (command.ConfigureAwait(false))
            {
                Scope(_database.Params(command), queueId).Time("now", now).Time("hidden_until", now + visibilityTimeout).Number("max_count", maxCount);
                var taken = new List<QueueMessage>(maxCount);
                var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
                await using (reader.ConfigureAwait(false))
                {
                    while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                    {
                        var envelope = new QueueEnvelope(reader.GetString(1), reader.GetString(2), reader.GetString(3), (byte[])reader.GetValue(4));
                        taken.Add(new QueueMessage(queueId, reader.GetInt64(0), envelope, _database.ReadTime(reader, 5), reader.GetInt32(6)));
                    }
                }

                return taken;
            }
        }, cancellationToken).ConfigureAwait(false);

        // UPDATE ... RETURNING promises no order.
        messages.Sort((a, b) => a.SequenceId.CompareTo(b.SequenceId));
        return messages;
    }

    public async Task ConfirmAsync(int queueId, IReadOnlyList<long> sequenceIds, CancellationToken cancellationToken = default)
    {
        if (sequenceIds.Count == 0)
        {
            return;
        }

        await ExecuteAsync(_queries.Confirm, p => Scope(p, queueId).Ids("sequence_ids", sequenceIds), cancellationToken).ConfigureAwait(false);
    }

    public Task AbandonAsync(int queueId, long sequenceId, TimeSpan delay, CancellationToken cancellationToken = default) =>
        ExecuteAsync(StreamQueueQueries.Abandon,
            p => Scope(p, queueId).Number("sequence_id", sequenceId).Time("visible_after", _timeProvider.GetUtcNow() + delay), cancellationToken);

    public async Task DeadLetterAsync(QueueMessage message, string lastError, CancellationToken cancellationToken = default)
    {
        var moved = await ExecuteAsync(_queries.DeadLetter, p => Scope(p, message.QueueId).Number("sequence_id", message.SequenceId)
            .Time("now", _timeProvider.GetUtcNow()).Text("last_error", lastError), cancellationToken).ConfigureAwait(false);
        if (moved > 0)
        {
            Log.DeadLettered(_logger, _providerName, message.QueueId, message.SequenceId, message.Attempts, lastError);
        }
    }

    public Task<IReadOnlyList<DeadLetter>> ReadDeadLettersAsync(int maxCount, CancellationToken cancellationToken = default) =>
        new SqlDeadLetterReader(_database, _serviceId, _providerName).ReadAsync(maxCount, cancellationToken);

    public async Task<bool> ReplayDeadLetterAsync(long deadLetterId, CancellationToken cancellationToken = default) =>
        await ExecuteAsync(_queries.Replay, p => p.Text("service_id", _serviceId).Text("provider_name", _providerName)
            .Number("id", deadLetterId).Time("now", _timeProvider.GetUtcNow()), cancellationToken).ConfigureAwait(false) > 0;

    public async Task<QueueStats> GetQueueStatsAsync(int queueId, CancellationToken cancellationToken = default)
    {
        await _database.EnsureSchemaAsync(cancellationToken).ConfigureAwait(false);
        return await _database.ReadAsync(async connection =>
        {
            var command = _database.Command(connection, null, StreamQueueQueries.Stats);
            await using (command.ConfigureAwait(false))
            {
                Scope(_database.Params(command), queueId);
                var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
                await using (reader.ConfigureAwait(false))
                {
                    await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
                    return new QueueStats(queueId, reader.GetInt64(0), reader.IsDBNull(1) ? null : _database.ReadTime(reader, 1));
                }
            }
        }, cancellationToken).ConfigureAwait(false);
    }

    public async Task<bool> TryAcquireLeaseAsync(int queueId, string owner, TimeSpan duration, CancellationToken cancellationToken = default)
    {
        await _database.EnsureSchemaAsync(cancellationToken).ConfigureAwait(false);
        var now = _timeProvider.GetUtcNow();
        return await _database.WriteAsync(async (connection, transaction) =>
        {
            var command = _database.Command(connection, transaction, StreamQueueQueries.AcquireLease);
            await using (command.ConfigureAwait(false))
            {
                Scope(_database.Params(command), queueId).Text("owner", owner).Time("now", now).Time("expires_at", now + duration);
                return await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is string;
            }
        }, cancellationToken).ConfigureAwait(false);
    }

    public Task ReleaseLeaseAsync(int queueId, string owner, CancellationToken cancellationToken = default) =>
        ExecuteAsync(StreamQueueQueries.ReleaseLease, p => Scope(p, queueId).Text("owner", owner), cancellationToken);

    private SqlParams Scope(SqlParams parameters, int queueId) =>
        parameters.Text("service_id", _serviceId).Text("provider_name", _providerName).Number("queue_id", queueId);

    private async Task<int> ExecuteAsync(string sql, Action<SqlParams> bind, CancellationToken cancellationToken)
    {
        await _database.EnsureSchemaAsync(cancellationToken).ConfigureAwait(false);
        return await _database.WriteAsync(async (connection, transaction) =>
        {
            var command = _database.Command(connection, transaction, sql);
            await using (command.ConfigureAwait(false))
            {
                bind(_database.Params(command));
                return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }
        }, cancellationToken).ConfigureAwait(false);
    }
}
