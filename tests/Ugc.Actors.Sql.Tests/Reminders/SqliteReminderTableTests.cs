using Ugc.Actors.Reminders;
using Ugc.Actors.Sql.Dialects;
using Ugc.Actors.Sql.Options;
using Ugc.Actors.Sql.Reminders;
using Ugc.Actors.Sql.Tests.Infrastructure;

namespace Ugc.Actors.Sql.Tests.Reminders;

public sealed class SqliteReminderTableTests : ReminderTableConformance, IAsyncLifetime
{
    private readonly SqliteTestFile _file = new();
    private readonly SqlDatabaseRegistry _registry = new();

    protected override async Task<IReminderTable> CreateTableAsync()
    {
        var table = new SqlReminderTable(_registry.Get(SqlDialect.Sqlite, _file.ConnectionString),
            new SqlReminderTableOptions { ConnectionString = _file.ConnectionString, ServiceId = Guid.NewGuid().ToString("N") });
        await table.InitAsync();
        return table;
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        await _registry.DisposeAsync();
        _file.Dispose();
    }
}
