using Orleans.Configuration;
using Ugc.Storage.Options;

namespace Ugc.Storage.Hosting;

/// <summary>
/// One Streaming.AdoNet provider with our delivery settings. A consumer that keeps failing holds its stream for
/// <see cref="UgcStorageOptions.MaxEventDeliveryTime"/> (the pulling agent retries with backoff); then the provider's
/// failure handler runs our FailStreamMessageKey query, which makes the event visible again while attempts remain
/// and a dead letter after <see cref="UgcStorageOptions.MaxDeliveryAttempts"/>. The handler does not fault the
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
    }
}
