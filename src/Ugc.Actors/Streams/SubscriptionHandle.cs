using Ugc.Actors.Activation;

namespace Ugc.Actors.Streams;

/// <summary>A subscription handle: explicit (with an id recorded in the stream's pub-sub grain) or implicit (no id).</summary>
internal sealed class SubscriptionHandle<T>(StreamId stream, Guid? handleId, string providerName) : StreamSubscriptionHandle<T>
{
    public override Guid HandleId => handleId ?? Guid.Empty;

    public override StreamId StreamId => stream;

    public override async Task UnsubscribeAsync()
    {
        if (handleId is { } id)
        {
            var activation = Current();
            await PubSub(activation).RemoveAsync(id);
            ((StreamConsumerExtension)activation.GetExtension(typeof(StreamConsumerExtension))).Detach(id);
        }
    }

    public override Task<StreamSubscriptionHandle<T>> ResumeAsync(IAsyncObserver<T> observer)
    {
        var activation = Current();
        ((StreamConsumerExtension)activation.GetExtension(typeof(StreamConsumerExtension))).Attach(stream, handleId, new ObserverAdapter<T>(observer));
        return Task.FromResult<StreamSubscriptionHandle<T>>(this);
    }

    private IPubSubRendezvousGrain PubSub(ActivationData activation) =>
        activation.Runtime.GrainFactory.GetGrain<IPubSubRendezvousGrain>(new GrainId("pubsub", PersistentStreamProvider.PubSubKey(providerName, stream)));

    private static ActivationData Current() => ActivationData.Current
        ?? throw new InvalidOperationException("Stream subscriptions belong to grains: call this from inside a grain.");
}
