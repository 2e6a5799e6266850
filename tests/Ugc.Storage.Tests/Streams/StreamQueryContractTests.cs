using System.Data.Common;
using System.Diagnostics.CodeAnalysis;
using Ugc.Storage.Tests.Infrastructure;

namespace Ugc.Storage.Tests.Streams;

/// <summary>
/// Our stream queries as Streaming.AdoNet runs them: read from OrleansQuery, bound with the provider's parameter
/// names, results read with the provider's casts (<c>(int)record["Dequeued"]</c>, <c>(DateTime)record["VisibleOn"]</c>,
/// <c>(long)record["MessageId"]</c>). Covers receipts, release, failure and expiry, which the silo tests reach only
/// in part.
/// </summary>
public abstract class StreamQueryContractTests
{
    private const string Service = "contract";
    private const string Provider = "p";
    private const string Queue = "p-0";

    protected abstract Task<StorageBackend> CreateBackendAsync();

    /// <summary>Applies the schema and returns a data source like the one the provider uses.</summary>
    protected abstract Task<DbDataSource> OpenAsync(StorageBackend backend);

    [StorageFact]
    public async Task Receipts_release_failure_and_expiry_follow_the_providers_contract()
    {
        await using var backend = await CreateBackendAsync();
        await using var db = await OpenAsync(backend);
        var first = (long)Assert.Single(await QueueAsync(db, expirySeconds: 60))["MessageId"];
        var second = (long)Assert.Single(await QueueAsync(db, expirySeconds: 60))["MessageId"];

        var dequeued = await DequeueAsync(db);
        Assert.Equal([first, second], dequeued.Select(r => (long)r["MessageId"]));
        Assert.All(dequeued, r =>
        {
            Assert.Equal(1, (int)r["Dequeued"]);
            Assert.True((DateTime)r["VisibleOn"] > DateTime.UtcNow.AddSeconds(30), $"visible again at {(DateTime)r["VisibleOn"]:O}");
            Assert.True((DateTime)r["ExpiresOn"] > (DateTime)r["CreatedOn"]);
            Assert.Equal([1, 2, 3], (byte[])r["Payload"]);
            Assert.Equal(Queue, (string)r["QueueId"]);
        });
        Assert.Empty(await DequeueAsync(db));

        // A stale receipt confirms nothing; the right one deletes; a negative one releases for redelivery.
        Assert.Empty(await ConfirmAsync(db, $"{first}:5"));
        Assert.Equal([first], (await ConfirmAsync(db, $"{first}:1")).Select(r => (long)r["MessageId"]));
        Assert.Equal([second], (await ConfirmAsync(db, $"{second}:-1")).Select(r => (long)r["MessageId"]));
        var redelivered = Assert.Single(await DequeueAsync(db));
        Assert.Equal((second, 2), ((long)redelivered["MessageId"], (int)redelivered["Dequeued"]));

        // Dequeued as often as MaxAttempts (2) allows: a failure makes it a dead letter.
        await RunAsync(db, "FailStreamMessageKey", Common(("MessageId", second), ("MaxAttempts", 2), ("RemovalTimeout", 3600)));
        Assert.Equal(["1"], await ScalarsAsync(db, "SELECT count(*) FROM ugc_stream_dead_letter"));

        // An event past its expiry is never delivered: the dequeue's eviction makes it a dead letter.
        await QueueAsync(db, expirySeconds: 0);
        Assert.Empty(await DequeueAsync(db));
        Assert.Empty(await DequeueAsync(db));
        Assert.Equal(["2"], await ScalarsAsync(db, "SELECT count(*) FROM ugc_stream_dead_letter"));
        Assert.Equal(["0"], await ScalarsAsync(db, "SELECT count(*) FROM ugc_stream_message WHERE dead_on IS NULL", postgres: "SELECT count(*) FROM ugc_stream_message"));
    }

    [StorageFact]
    public async Task A_failed_delivery_is_retried_even_when_the_agent_confirms_the_failed_batch_afterwards()
    {
        await using var backend = await CreateBackendAsync();
        await using var db = await OpenAsync(backend);
        var message = (long)Assert.Single(await QueueAsync(db, expirySeconds: 60))["MessageId"];
        Assert.Equal(1, (int)Assert.Single(await DequeueAsync(db, maxAttempts: 3))["Dequeued"]);

        // The pulling agent gives up on the delivery, calls the failure handler, then purges the batch from its
        // cache and confirms it with the receipt it had: that confirmation must not delete the retry.
        await RunAsync(db, "FailStreamMessageKey", Common(("MessageId", message), ("MaxAttempts", 3), ("RemovalTimeout", 3600)));
        Assert.Empty(await ConfirmAsync(db, $"{message}:1"));
        Assert.Empty(await ConfirmAsync(db, $"{message}:-1"));

        var retried = Assert.Single(await DequeueAsync(db, maxAttempts: 3));
        Assert.Equal((message, 2), ((long)retried["MessageId"], (int)retried["Dequeued"]));
        Assert.Equal([message], (await ConfirmAsync(db, $"{message}:2")).Select(r => (long)r["MessageId"]));

        // A second message fails on every one of its 3 attempts: the third failure makes it a dead letter, counted 3.
        var doomed = (long)Assert.Single(await QueueAsync(db, expirySeconds: 60))["MessageId"];
        for (var attempt = 1; attempt <= 3; attempt++)
        {
            Assert.Equal(attempt, (int)Assert.Single(await DequeueAsync(db, maxAttempts: 3))["Dequeued"]);
            await RunAsync(db, "FailStreamMessageKey", Common(("MessageId", doomed), ("MaxAttempts", 3), ("RemovalTimeout", 3600)));
            Assert.Empty(await ConfirmAsync(db, $"{doomed}:{attempt}"));
        }

        Assert.Empty(await DequeueAsync(db, maxAttempts: 3));
        Assert.Equal(["3"], await ScalarsAsync(db, "SELECT dequeued FROM ugc_stream_dead_letter"));
    }

    [StorageFact]
    public async Task A_queue_with_messages_in_flight_dequeues_in_message_order_and_confirms_only_matching_receipts()
    {
        await using var backend = await CreateBackendAsync();
        await using var db = await OpenAsync(backend);
        var ids = new List<long>();
        for (var i = 0; i < 300; i++)
        {
            ids.Add((long)Assert.Single(await QueueAsync(db, expirySeconds: 60))["MessageId"]);
        }

        // The first 120 are in flight when the rest are taken, as under load: the agent confirms only when its cache purges.
        var inFlight = await DequeueAsync(db, maxCount: 120);
        var rest = await DequeueAsync(db, maxCount: 500);
        Assert.Equal(ids[..120], inFlight.Select(r => (long)r["MessageId"]));
        Assert.Equal(ids[120..], rest.Select(r => (long)r["MessageId"]));

        // One confirmation for all of them, every third with a stale receipt and a few released: exactly the matching ones go.
        var items = ids.Select((id, i) => i % 3 == 0 ? $"{id}:7" : i % 10 == 1 ? $"{id}:-1" : $"{id}:1").ToList();
        var answered = (await ConfirmAsync(db, string.Join('|', items))).Select(r => (long)r["MessageId"]).Order().ToList();
        Assert.Equal(ids.Where((_, i) => i % 3 != 0).ToList(), answered);
        var released = ids.Where((_, i) => i % 3 != 0 && i % 10 == 1).ToList();
        Assert.Equal(released, (await DequeueAsync(db, maxCount: 500)).Select(r => (long)r["MessageId"]));
        Assert.Equal([(ids.Count / 3) + released.Count], (await ScalarsAsync(db, "SELECT count(*) FROM ugc_stream_message")).Select(int.Parse));
    }

    /// <summary>Whether this is the PostgreSQL suite (some checks read different tables).</summary>
    protected abstract bool IsPostgres { get; }

    private static (string, object)[] Common(params (string, object)[] more) =>
        [("ServiceId", Service), ("ProviderId", Provider), ("QueueId", Queue), .. more];

    private static Task<List<Dictionary<string, object>>> QueueAsync(DbDataSource db, int expirySeconds) =>
        RunAsync(db, "QueueStreamMessageKey", Common(("Payload", new byte[] { 1, 2, 3 }), ("ExpiryTimeout", expirySeconds)));

    private static Task<List<Dictionary<string, object>>> DequeueAsync(DbDataSource db, int maxAttempts = 2, int maxCount = 10) =>
        RunAsync(db, "GetStreamMessagesKey", Common(("MaxCount", maxCount), ("MaxAttempts", maxAttempts), ("VisibilityTimeout", 60),
            ("RemovalTimeout", 3600), ("EvictionInterval", 0), ("EvictionBatchSize", 100)));

    private static Task<List<Dictionary<string, object>>> ConfirmAsync(DbDataSource db, string items) =>
        RunAsync(db, "ConfirmStreamMessagesKey", Common(("Items", items)));

    private async Task<IReadOnlyList<string>> ScalarsAsync(DbDataSource db, string sql, string? postgres = null)
    {
        var rows = await ExecuteAsync(db, IsPostgres && postgres is not null ? postgres : sql, []);
        return rows.Select(r => Convert.ToString(r.Values.First(), System.Globalization.CultureInfo.InvariantCulture)!).ToList();
    }

    /// <summary>Runs the stored query of <paramref name="key"/> as the provider does: its text from OrleansQuery, its parameters by name.</summary>
    private static async Task<List<Dictionary<string, object>>> RunAsync(DbDataSource db, string key, (string Name, object Value)[] parameters)
    {
        var text = (string)Assert.Single(await ExecuteAsync(db, "SELECT QueryText FROM OrleansQuery WHERE QueryKey = @key", [("key", key)])).Values.First();
        return await ExecuteAsync(db, text, parameters);
    }

    [SuppressMessage("Security", "CA2100", Justification = "Our stored queries and test SQL.")]
    private static async Task<List<Dictionary<string, object>>> ExecuteAsync(DbDataSource db, string sql, (string Name, object Value)[] parameters)
    {
        await using var connection = await db.OpenConnectionAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value;
            command.Parameters.Add(parameter);
        }

        var rows = new List<Dictionary<string, object>>();
        await using var reader = await command.ExecuteReaderAsync();
        do
        {
            while (await reader.ReadAsync())
            {
                var row = new Dictionary<string, object>(StringComparer.OrdinalIgnoreCase);
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    row[reader.GetName(i)] = reader[reader.GetName(i)];
                }

                rows.Add(row);
            }
        }
        while (await reader.NextResultAsync());

        return rows;
    }
}
