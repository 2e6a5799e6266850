using Ugc.Actors.Sql.Dialects;
using Ugc.Actors.Sql.Options;
using Ugc.Actors.Sql.Streams;
using Ugc.Actors.Sql.Tests.Infrastructure;
using Ugc.Actors.Streams;

namespace Ugc.Actors.Sql.Tests.Streams;

public sealed class SqliteStreamQueueStorageTests : StreamDeadLetterAndLeaseConformance, IAsyncLifetime
{
    private readonly SqliteTestFile _file = new();
    private readonly SqlDatabaseRegistry _registry = new();

    protected override IStreamQueueStorage CreateQueues(TimeProvider clock) => Create("stream", clock);

    [Fact]
    public async Task Stream_providers_of_one_service_keep_their_queues_apart()
    {
        var other = Create("other-stream", Clock);
        await Queues.EnqueueAsync(1, [Envelope("mine")]);
        await Queues.DeadLetterAsync(Assert.Single(await Queues.DequeueAsync(1, 1, Visibility)), "x");
        await Queues.EnqueueAsync(1, [Envelope("mine-2")]);

        Assert.Empty(await other.DequeueAsync(1, 10, Visibility));
        Assert.Empty(await other.ReadDeadLettersAsync(10));
        Assert.Equal(0, (await other.GetQueueStatsAsync(1)).Depth);
        Assert.True(await other.TryAcquireLeaseAsync(1, "b", TimeSpan.FromSeconds(5)));
        Assert.True(await Queues.TryAcquireLeaseAsync(1, "a", TimeSpan.FromSeconds(5)));
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        await _registry.DisposeAsync();
        _file.Dispose();
    }

    private SqlStreamQueueStorage Create(string provider, TimeProvider clock) =>
        new(provider, _registry.Get(SqlDialect.Sqlite, _file.ConnectionString),
            new SqlStreamQueueOptions { ConnectionString = _file.ConnectionString, ServiceId = "svc" }, clock);
}
