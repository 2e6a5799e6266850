using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Ugc.Actors.Hosting;
using Ugc.Actors.Sql.Hosting;
using Ugc.Actors.Streams;
using Ugc.Actors.Testing.Streams;

namespace Ugc.CrashHost;

/// <summary>One silo on the database under test: SQL stream queues and grain storage, nothing else durable.</summary>
internal static class CrashSilo
{
    public const string StreamProvider = "crash";
    public const string StreamNamespace = "crash";
    public const string StorageName = "store";
    public const int StreamCount = 4;

    // The SQL queues are registered under this name in both modes; the provider sees them directly (consume) or
    // through a wrapper that never takes a lease (produce), so the producer leaves every event for the consumer.
    private const string QueuesName = "crash-queues";

    public static IHost Build(string provider, string connectionString, bool produceOnly)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        // stdout carries the protocol lines; diagnostics go to stderr.
        builder.Logging.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace).SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddActorSilo(silo =>
        {
            silo.AddGrains(typeof(CrashSilo).Assembly);
            switch (provider)
            {
                case "sqlite":
                    silo.Services.AddSqliteStreamQueues(QueuesName, o => o.ConnectionString = connectionString);
                    silo.Services.AddSqliteGrainStorage(StorageName, o => o.ConnectionString = connectionString);
                    break;
                case "postgres":
                    silo.Services.AddPostgresStreamQueues(QueuesName, o => o.ConnectionString = connectionString);
                    silo.Services.AddPostgresGrainStorage(StorageName, o => o.ConnectionString = connectionString);
                    break;
                default:
                    throw new ArgumentException($"Unknown provider '{provider}': use sqlite or postgres.", nameof(provider));
            }

            silo.Services.AddKeyedSingleton(StreamProvider, (sp, _) =>
            {
                var queues = sp.GetRequiredKeyedService<IStreamQueueStorage>(QueuesName);
                return produceOnly ? new ProducerOnlyStreamQueueStorage(queues) : queues;
            });
            silo.AddPersistentStreams(StreamProvider, o =>
            {
                o.QueueCount = StreamCount;
                o.MaxPollInterval = TimeSpan.FromMilliseconds(100);
                o.ExplicitSubscriptions = false;
            });
        });
        return builder.Build();
    }
}
