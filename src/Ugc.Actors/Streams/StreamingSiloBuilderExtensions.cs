using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Ugc.Actors.Hosting;
using Ugc.Actors.Membership;
using Ugc.Actors.Persistence;
using Ugc.Actors.Runtime;

namespace Ugc.Actors.Streams;

/// <summary>Registers persistent stream providers on a silo.</summary>
public static class StreamingSiloBuilderExtensions
{
    /// <summary>
    /// Adds a persistent stream provider over the <see cref="IStreamQueueStorage"/> registered under the same name
    /// (keyed service): SQLite or PostgreSQL from Ugc.Actors.Sql, or memory.
    /// </summary>
    public static ISiloBuilder AddPersistentStreams(this ISiloBuilder builder, string name, Action<PersistentStreamOptions>? configure = null)
    {
        var services = builder.Services;
        builder.Registry.AddGrainClass(typeof(PubSubRendezvousGrain));
        services.AddOptions<PersistentStreamOptions>(name).BindConfiguration($"{PersistentStreamOptions.SectionName}:{name}")
            .Validate(o => o.QueueCount > 0 && o.BatchSize > 0 && o.MaxDeliveryAttempts > 0, "QueueCount, BatchSize and MaxDeliveryAttempts must be positive.")
            .Validate(o => o.LeaseRenewPeriod < o.LeaseDuration, "LeaseRenewPeriod must be shorter than LeaseDuration.");
        if (configure is not null)
        {
            services.Configure(name, configure);
        }

        services.TryAddKeyedSingleton<IGrainStorage>(PubSubRendezvousGrain.StorageName,
            (sp, _) => sp.GetRequiredKeyedService<IGrainStorage>(PersistentStateAttribute.DefaultStorageName));
        services.TryAddSingleton(sp => new StreamConsumerRegistry(sp.GetRequiredService<GrainTypeRegistry>(), sp.GetRequiredService<IGrainFactory>()));
        services.AddKeyedSingleton(name, (sp, _) => new PersistentStreamProvider(name, sp.GetRequiredKeyedService<IStreamQueueStorage>(name),
            sp.GetRequiredService<IOptionsMonitor<PersistentStreamOptions>>().Get(name)));
        services.AddKeyedSingleton<IStreamProvider>(name, (sp, _) => sp.GetRequiredKeyedService<PersistentStreamProvider>(name));
        services.AddSingleton<ISiloLifecycleParticipant>(sp => new StreamQueueBalancer(
            sp.GetRequiredKeyedService<PersistentStreamProvider>(name), sp.GetRequiredService<SiloRuntime>(), sp.GetRequiredService<IClusterMembership>(),
            sp.GetRequiredService<StreamConsumerRegistry>(), sp.GetRequiredService<ILoggerFactory>().CreateLogger("Ugc.Actors.Streams")));
        return builder;
    }

    /// <summary>Adds a persistent stream provider over in-memory queues (shared instance if given, for several silos).</summary>
    public static ISiloBuilder AddMemoryStreams(this ISiloBuilder builder, string name, MemoryStreamQueueStorage? shared = null,
        Action<PersistentStreamOptions>? configure = null)
    {
        if (shared is null)
        {
            builder.Services.AddKeyedSingleton<IStreamQueueStorage>(name, (sp, _) => new MemoryStreamQueueStorage(sp.GetRequiredService<TimeProvider>()));
        }
        else
        {
            builder.Services.AddKeyedSingleton<IStreamQueueStorage>(name, shared);
        }

        return builder.AddPersistentStreams(name, configure);
    }

    /// <summary>The named stream provider, from inside a grain (as Orleans' <c>this.GetStreamProvider(name)</c>).</summary>
    public static IStreamProvider GetStreamProvider(this Grain grain, string name) =>
        grain.Activation.Runtime.Services.GetRequiredKeyedService<IStreamProvider>(name);

    /// <summary>The named stream provider, from a silo's services (gateway code).</summary>
    public static IStreamProvider GetStreamProvider(this IServiceProvider services, string name) =>
        services.GetRequiredKeyedService<IStreamProvider>(name);
}
