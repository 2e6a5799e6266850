using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Ugc.Actors.Hosting;
using Ugc.Actors.Sql.Dialects;
using Ugc.Actors.Sql.Hosting;
using Ugc.Actors.Streams;
using Ugc.Actors.Testing.Streams;

namespace Ugc.Bench.Storage;

/// <summary>A single silo on the benchmark database: SQL stream queues and grain storage scoped to one service id.</summary>
internal static class StorageBenchSilo
{
    public const string Provider = "bench";
    public const string Namespace = "bench";
    public const string StorageName = "store";
    private const string QueuesName = "bench-queues";

    /// <summary>Starts a silo; a producer-only silo pulls nothing, so appends are measured alone.</summary>
    public static async Task<IHost> StartAsync(SqlDialect dialect, string connectionString, string serviceId, bool producerOnly)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Services.AddActorSilo(silo =>
        {
            silo.AddGrains(typeof(StorageBenchSilo).Assembly);
            if (dialect == SqlDialect.Postgres)
            {
                silo.Services.AddPostgresStreamQueues(QueuesName, o => { o.ConnectionString = connectionString; o.ServiceId = serviceId; });
                silo.Services.AddPostgresGrainStorage(StorageName, o => { o.ConnectionString = connectionString; o.ServiceId = serviceId; });
            }
            else
            {
                silo.Services.AddSqliteStreamQueues(QueuesName, o => { o.ConnectionString = connectionString; o.ServiceId = serviceId; });
                silo.Services.AddSqliteGrainStorage(StorageName, o => { o.ConnectionString = connectionString; o.ServiceId = serviceId; });
            }

            silo.Services.AddKeyedSingleton(Provider, (sp, _) =>
            {
                var queues = sp.GetRequiredKeyedService<IStreamQueueStorage>(QueuesName);
                return producerOnly ? new ProducerOnlyStreamQueueStorage(queues) : queues;
            });
            silo.AddPersistentStreams(Provider, o =>
            {
                o.QueueCount = 8;
                // Implicit consumers only: no pub-sub lookup per stream and batch.
                o.ExplicitSubscriptions = false;
            });
        });
        var host = builder.Build();
        await host.StartAsync();
        return host;
    }
}
