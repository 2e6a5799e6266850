using System.Data.Common;
using System.Diagnostics.CodeAnalysis;
using Npgsql;
using Ugc.Storage.Schema;
using Ugc.Storage.Tests.Infrastructure;
using Ugc.Testing.Postgres;

namespace Ugc.Storage.Tests.Streams;

[Collection(PostgresCollection.Name)]
[Trait("Category", "Postgres")]
public sealed class PostgresStreamQueryContractTests(PostgresFixture postgres) : StreamQueryContractTests
{
    protected override bool IsPostgres => true;

    protected override async Task<StorageBackend> CreateBackendAsync() => await PostgresBackend.CreateAsync(postgres);

    protected override async Task<DbDataSource> OpenAsync(StorageBackend backend)
    {
        var connectionString = ((PostgresBackend)backend).ConnectionString;
        await PostgresSchema.ApplyAsync(connectionString, SchemaFeature.Streaming, CancellationToken.None);
        return NpgsqlDataSource.Create(connectionString);
    }

    [StorageFact]
    [SuppressMessage("Security", "CA2100", Justification = "Our stored query.")]
    public async Task A_poll_of_an_idle_queue_whose_eviction_is_not_due_writes_nothing()
    {
        await using var backend = await CreateBackendAsync();
        await using var db = (NpgsqlDataSource)await OpenAsync(backend);
        await using var connection = await db.OpenConnectionAsync();
        string? dequeue;
        await using (var read = new NpgsqlCommand("SELECT QueryText FROM OrleansQuery WHERE QueryKey = 'GetStreamMessagesKey'", connection))
        {
            dequeue = (string?)await read.ExecuteScalarAsync();
        }

        // Polls in one transaction each, as the provider's: the first inserts the queue's eviction slot, the second
        // finds it due and moves it an hour on, the third (not due, nothing to deliver) must not even take a transaction id.
        var wrote = new List<bool>();
        for (var poll = 0; poll < 3; poll++)
        {
            await using var transaction = await connection.BeginTransactionAsync();
            await using (var command = new NpgsqlCommand(dequeue, connection, transaction))
            {
                foreach (var (name, value) in new (string, object)[]
                {
                    ("ServiceId", "contract"), ("ProviderId", "p"), ("QueueId", "p-0"), ("MaxCount", 10), ("MaxAttempts", 3),
                    ("VisibilityTimeout", 60), ("RemovalTimeout", 3600), ("EvictionInterval", 3600), ("EvictionBatchSize", 100),
                })
                {
                    command.Parameters.AddWithValue(name, value);
                }

                await using var reader = await command.ExecuteReaderAsync();
                Assert.False(await reader.ReadAsync());
            }

            await using (var assigned = new NpgsqlCommand("SELECT pg_current_xact_id_if_assigned() IS NOT NULL", connection, transaction))
            {
                wrote.Add((bool)(await assigned.ExecuteScalarAsync())!);
            }

            await transaction.CommitAsync();
        }

        Assert.Equal([true, true, false], wrote);
        await using var slot = new NpgsqlCommand("SELECT evict_on > now() + interval '50 minutes' FROM ugc_stream_eviction WHERE queue_id = 'p-0'", connection);
        Assert.True((bool)(await slot.ExecuteScalarAsync())!);
    }
}
