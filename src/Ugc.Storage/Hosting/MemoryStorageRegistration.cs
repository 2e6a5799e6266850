using Microsoft.Extensions.DependencyInjection;
using Orleans.Providers;
using Ugc.Storage.Options;
using Ugc.Storage.Streams;

namespace Ugc.Storage.Hosting;

/// <summary>The memory provider: Orleans' memory grain storage, in-memory reminders and memory streams. Nothing survives the silo.</summary>
internal static class MemoryStorageRegistration
{
    public static void Register(ISiloBuilder silo, UgcStorageOptions options)
    {
        silo.AddMemoryGrainStorage(ProviderConstants.DEFAULT_STORAGE_PROVIDER_NAME);
        silo.AddMemoryGrainStorage(ProviderConstants.DEFAULT_PUBSUB_PROVIDER_NAME);
        silo.UseInMemoryReminderService();
        foreach (var name in options.StreamProviders)
        {
            silo.AddMemoryStreams(name, streams =>
            {
                streams.ConfigurePartitioning(options.QueueCount);
                streams.ConfigureStreamPubSub(options.PubSubType);
                streams.ConfigurePullingAgent(agent => agent.Configure(o => o.MaxEventDeliveryTime = options.MaxEventDeliveryTime));
            });
            // Memory queues keep no dead letters and no statistics Orleans exposes: the monitor reports none.
            silo.Services.AddKeyedSingleton<IStreamQueueMonitor>(name, (_, _) => new MemoryStreamQueueMonitor());
        }
    }
}
