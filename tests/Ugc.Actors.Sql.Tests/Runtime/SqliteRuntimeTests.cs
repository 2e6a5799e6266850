using Ugc.Actors.Hosting;
using Ugc.Actors.Sql.Hosting;
using Ugc.Actors.Sql.Tests.Infrastructure;

namespace Ugc.Actors.Sql.Tests.Runtime;

/// <summary>The runtime suite on one SQLite file that both silos open through their own connections and write gates.</summary>
public sealed class SqliteRuntimeTests : RuntimeConformance
{
    private readonly SqliteTestFile _file = new();

    protected override void AddStorage(ISiloBuilder silo)
    {
        var connectionString = _file.ConnectionString;
        silo.Services.AddSqliteStreamQueues(StreamProvider, o => o.ConnectionString = connectionString);
        silo.Services.AddSqliteGrainStorage(StorageName, o => o.ConnectionString = connectionString);
        silo.Services.AddSqliteReminderTable(o => o.ConnectionString = connectionString);
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        _file.Dispose();
    }
}
