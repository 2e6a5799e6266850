using Ugc.Actors.Hosting;
using Ugc.Actors.Sql.Hosting;
using Ugc.Actors.Sql.Tests.Infrastructure;

namespace Ugc.Actors.Sql.Tests.Runtime;

/// <summary>The runtime suite on the shared PostgreSQL server; every test is a service of its own, so tests never see each other's rows.</summary>
[Collection(PostgresCollection.Name)]
[Trait("Category", "Postgres")]
public sealed class PostgresRuntimeTests(PostgresFixture postgres) : RuntimeConformance
{
    private readonly string _serviceId = "runtime-" + Guid.NewGuid().ToString("N");

    protected override void AddStorage(ISiloBuilder silo)
    {
        var connectionString = postgres.ConnectionString;
        silo.Services.AddPostgresStreamQueues(StreamProvider, o => { o.ConnectionString = connectionString; o.ServiceId = _serviceId; });
        silo.Services.AddPostgresGrainStorage(StorageName, o => { o.ConnectionString = connectionString; o.ServiceId = _serviceId; });
        silo.Services.AddPostgresReminderTable(o => { o.ConnectionString = connectionString; o.ServiceId = _serviceId; });
    }
}
