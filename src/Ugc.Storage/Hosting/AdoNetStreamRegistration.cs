using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Orleans.Configuration;
using Orleans.Streams;
using Ugc.Storage.Options;
using Ugc.Storage.Streams;

namespace Ugc.Storage.Hosting;

/// <summary>
/// One Streaming.AdoNet provider with our delivery settings. A consumer that keeps failing holds its stream for
/// <see cref="UgcStorageOptions.MaxEventDeliveryTime"/> (the pulling agent retries with backoff); then the provider's
/// failure handler runs our FailStreamMessageKey query, which makes the event visible again while attempts remain
/// and a dead letter after <see cref="UgcStorageOptions.MaxDeliveryAttempts"/>; the handler is retried until that query
/// succeeds (<see cref="RetryingStreamFailureHandler"/>). The handler does not fault the
/// subscription (and implicit ones never are), so the stream's later events keep flowing.
/// </summary>
internal static class AdoNetStreamRegistration
{
    public static void Add(ISiloBuilder silo, string name, UgcStorageOptions options, Action<AdoNetStreamOptions> connect)
    {
        silo.AddAdoNetStreams(name, streams =>
        {
            streams.ConfigureAdoNet(ado => ado.Configure(o =>
            {
                connect(o);
                o.MaxAttempts = options.MaxDeliveryAttempts;
                o.VisibilityTimeout = options.VisibilityTimeout;
                o.ExpiryTimeout = options.MessageExpiry;
                o.DeadLetterEvictionTimeout = options.DeadLetterRetention;
            }));
            streams.ConfigurePartitioning(options.QueueCount);
            streams.ConfigureStreamPubSub(options.PubSubType);
            streams.ConfigurePullingAgent(agent => agent.Configure(o => o.MaxEventDeliveryTime = options.MaxEventDeliveryTime));
        });

        // The provider's adapter factory, decorated so its failure handler is retried until the failure is recorded.
        var registered = silo.Services.Last(d => d.ServiceType == typeof(IQueueAdapterFactory) && Equals(d.ServiceKey, name));
        var create = registered.KeyedImplementationFactory
            ?? throw new InvalidOperationException($"Stream provider '{name}' registered its queue adapter factory in a way this version does not know.");
        silo.Services.Remove(registered);
        silo.Services.AddKeyedSingleton<IQueueAdapterFactory>(name, (sp, key) => new FailureRetryingQueueAdapterFactory(
            (IQueueAdapterFactory)create(sp, key), options.VisibilityTimeout, sp.GetRequiredService<ILogger<FailureRetryingQueueAdapterFactory>>()));
    }
}
