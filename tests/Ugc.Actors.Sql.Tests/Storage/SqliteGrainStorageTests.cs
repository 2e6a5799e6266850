using Ugc.Actors.Persistence;
using Ugc.Actors.Sql.Dialects;
using Ugc.Actors.Sql.Options;
using Ugc.Actors.Sql.Storage;
using Ugc.Actors.Sql.Tests.Infrastructure;

namespace Ugc.Actors.Sql.Tests.Storage;

public sealed class SqliteGrainStorageTests : GrainStorageConformance, IAsyncLifetime
{
    private readonly SqliteTestFile _file = new();
    private readonly SqlDatabaseRegistry _registry = new();

    protected override IGrainStorage CreateStorage(string serviceId) =>
        new SqlGrainStorage("store", _registry.Get(SqlDialect.Sqlite, _file.ConnectionString),
            new SqlStorageOptions { ConnectionString = _file.ConnectionString, ServiceId = serviceId }, TimeProvider.System);

    [Fact]
    public async Task Writers_in_two_registries_on_one_file_still_let_exactly_one_win()
    {
        // Two registries are two gates: the writers meet in SQLite's own lock, as two processes would.
        await using var second = new SqlDatabaseRegistry();
        var options = new SqlStorageOptions { ConnectionString = _file.ConnectionString, ServiceId = ServiceId };
        var storages = new IGrainStorage[]
        {
            CreateStorage(ServiceId),
            new SqlGrainStorage("store", second.Get(SqlDialect.Sqlite, _file.ConnectionString), options, TimeProvider.System),
        };
        var grain = new GrainId("race", Guid.NewGuid().ToString("N"));

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 10).Select(i => Task.Run(async () =>
        {
            try
            {
                await storages[i % 2].WriteStateAsync("s", grain, new GrainState<TestState>(new TestState { Count = i }));
                return true;
            }
            catch (InconsistentStateException)
            {
                return false;
            }
        })));

        Assert.Equal(1, outcomes.Count(o => o));
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        await _registry.DisposeAsync();
        _file.Dispose();
    }
}
