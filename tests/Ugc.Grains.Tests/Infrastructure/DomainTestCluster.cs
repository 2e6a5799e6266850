using Microsoft.Extensions.DependencyInjection;
using Orleans.Configuration;
using Orleans.Hosting;
using Orleans.Storage;
using Orleans.TestingHost;
using Ugc.Contracts.Content;
using Ugc.Grains.Hosting;

namespace Ugc.Grains.Tests.Infrastructure;

/// <summary>
/// A two-silo Orleans test cluster (in-process, in-memory transport) hosting the whole domain over memory storage (or
/// the storage a test passes), memory streams and in-memory reminders, with no log files.
/// </summary>
public static class DomainTestCluster
{
    /// <param name="services">Extra services of every silo (a fake domain clock, say).</param>
    /// <param name="storage">
    /// The "Default" and "PubSubStore" grain storage; memory storage when null. Memory storage checks ETags as the SQL
    /// providers do, so a write that overlaps another fails on it too.
    /// </param>
    public static InProcessTestCluster Build(Action<IServiceCollection>? services = null, Action<ISiloBuilder>? storage = null)
    {
        var builder = new InProcessTestClusterBuilder(2);
        builder.Options.ConfigureFileLogging = false;
        builder.ConfigureSilo((_, silo) =>
        {
            silo.AddUgcDomain();
            (storage ?? MemoryStorage)(silo);
            silo.UseInMemoryReminderService();
            silo.AddMemoryStreams(StreamNames.Provider, streams =>
            {
                streams.ConfigureStreamPubSub(Orleans.Streams.StreamPubSubType.ImplicitOnly);
                streams.ConfigurePullingAgent(o => o.Configure(a => a.GetQueueMsgsTimerPeriod = TimeSpan.FromMilliseconds(20)));
            });
            services?.Invoke(silo.Services);
        });
        return builder.Build();
    }

    /// <summary>Memory grain storage as "Default" and "PubSubStore".</summary>
    public static void MemoryStorage(ISiloBuilder silo)
    {
        silo.AddMemoryGrainStorageAsDefault();
        silo.AddMemoryGrainStorage("PubSubStore");
    }

    /// <summary>The stored state of a grain as the silo's "Default" storage holds it.</summary>
    public static async Task<T> ReadStateAsync<T>(this InProcessTestCluster cluster, string stateName, GrainId grainId)
        where T : new()
    {
        var storage = cluster.Silos[0].ServiceProvider.GetRequiredKeyedService<IGrainStorage>("Default");
        var state = new GrainState<T>(new T());
        await storage.ReadStateAsync(stateName, grainId, state);
        return state.State ?? throw new InvalidOperationException($"No {stateName} state for {grainId}.");
    }

    /// <summary>The bytes a state takes in storage (the silo's grain storage serializer).</summary>
    public static byte[] StoredBytes<T>(this InProcessTestCluster cluster, T state) =>
        cluster.Silos[0].ServiceProvider.GetRequiredService<IGrainStorageSerializer>().Serialize(state).ToArray();
}
