using Ugc.Storage.Tests.Grains;
using Ugc.Storage.Tests.Infrastructure;

namespace Ugc.Storage.Tests.Schema;

/// <summary>Our scripts applied at silo start: idempotent, replacing older query texts, safe for silos starting together.</summary>
public abstract class SchemaTests
{
    protected static readonly string[] StorageKeys =
    [
        "ReadFromStorageKey", "WriteToStorageKey", "ClearStorageKey", "DeleteStorageKey",
        "UpsertReminderRowKey", "ReadReminderRowsKey", "ReadReminderRowKey", "ReadRangeRows1Key", "ReadRangeRows2Key",
        "DeleteReminderRowKey", "DeleteReminderRowsKey",
        "QueueStreamMessageKey", "GetStreamMessagesKey", "ConfirmStreamMessagesKey", "FailStreamMessageKey",
        "EvictStreamMessagesKey", "EvictStreamDeadLettersKey",
    ];

    /// <summary>The query keys the scripts of this database must leave, exactly once each.</summary>
    protected abstract IReadOnlyCollection<string> ExpectedKeys { get; }

    protected abstract Task<StorageBackend> CreateBackendAsync();

    /// <summary>Applies every script of this database, as the silo does at start.</summary>
    protected abstract Task ApplyAsync(StorageBackend backend);

    /// <summary>Runs SQL and returns the first column of every row as text.</summary>
    protected abstract Task<IReadOnlyList<string>> QueryAsync(StorageBackend backend, string sql);

    /// <summary>Lists the database's tables, indexes, views and sequences.</summary>
    protected abstract Task<IReadOnlyList<string>> ObjectsAsync(StorageBackend backend);

    /// <summary>Starts a silo that will apply the schema, joining the other if the database has clustering.</summary>
    protected abstract Task<TestSilo> StartSiloAsync(StorageBackend backend);

    [StorageFact]
    public async Task Applying_the_schema_twice_fails_nothing_and_duplicates_nothing()
    {
        await using var backend = await CreateBackendAsync();
        await ApplyAsync(backend);
        var objects = await ObjectsAsync(backend);

        await ApplyAsync(backend);

        Assert.Equal(ExpectedKeys.Order(StringComparer.Ordinal), (await QueryAsync(backend, "SELECT QueryKey FROM OrleansQuery")).Order(StringComparer.Ordinal));
        Assert.Equal(objects, await ObjectsAsync(backend));
    }

    [StorageFact]
    public async Task Applying_again_replaces_a_changed_query_with_this_builds_text()
    {
        await using var backend = await CreateBackendAsync();
        await ApplyAsync(backend);
        var text = Assert.Single(await QueryAsync(backend, "SELECT QueryText FROM OrleansQuery WHERE QueryKey = 'ReadFromStorageKey'"));
        await QueryAsync(backend, "UPDATE OrleansQuery SET QueryText = 'SELECT 1' WHERE QueryKey = 'ReadFromStorageKey'");

        await ApplyAsync(backend);

        Assert.Equal([text], await QueryAsync(backend, "SELECT QueryText FROM OrleansQuery WHERE QueryKey = 'ReadFromStorageKey'"));
    }

    [StorageFact]
    public async Task Two_silos_starting_at_once_on_an_empty_database_both_start_and_work()
    {
        await using var backend = await CreateBackendAsync();

        var silos = await Task.WhenAll(StartSiloAsync(backend), StartSiloAsync(backend));
        try
        {
            await silos[0].Grains.GetGrain<IStateGrain>("first").SetAsync("one");
            await silos[1].Grains.GetGrain<IStateGrain>("second").SetAsync("two");
            Assert.Equal(ExpectedKeys.Order(StringComparer.Ordinal), (await QueryAsync(backend, "SELECT QueryKey FROM OrleansQuery")).Order(StringComparer.Ordinal));
        }
        finally
        {
            await Task.WhenAll(silos.Select(s => s.DisposeAsync().AsTask()));
        }
    }
}
