using Microsoft.Extensions.DependencyInjection;
using Orleans.Configuration;
using Orleans.Hosting;
using Orleans.Storage;
using Orleans.TestingHost;
using Ugc.Contracts.Content;
using Ugc.Grains.Hosting;
using Ugc.Storage.Hosting;
using Ugc.Storage.Options;

namespace Ugc.Grains.Tests.Infrastructure;

/// <summary>
/// A two-silo Orleans test cluster (in-process, in-memory transport) hosting the whole domain on the storage project's
/// memory provider (memory grain storage, streams and reminders) or the provider a test names, with no log files.
/// </summary>
public static class DomainTestCluster
{
    /// <param name="services">Extra services of every silo (a fake domain clock, say).</param>
    /// <param name="storage">
    /// Chooses the storage provider (memory when null). Memory storage checks ETags as the SQL providers do, so a
    /// write that overlaps another fails on it too.
    /// </param>
    public static InProcessTestCluster Build(Action<IServiceCollection>? services = null, Action<UgcStorageOptions>? storage = null)
    {
        var builder = new InProcessTestClusterBuilder(2);
        builder.Options.ConfigureFileLogging = false;
        builder.ConfigureSilo((_, silo) =>
        {
            silo.AddUgcDomain().AddUgcStorage(o =>
            {
                o.Provider = UgcStorageProvider.Memory;
                o.StreamProviders.Add(StreamNames.Provider);
                storage?.Invoke(o);
            });
            silo.Services.Configure<StreamPullingAgentOptions>(StreamNames.Provider, a => a.GetQueueMsgsTimerPeriod = TimeSpan.FromMilliseconds(20));
            services?.Invoke(silo.Services);
        });
        return builder.Build();
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
