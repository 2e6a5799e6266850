using Ugc.Actors.Activation;

namespace Ugc.Actors.Streams;

/// <summary>A handle to one stream of a persistent provider.</summary>
internal sealed class AsyncStream<T>(PersistentStreamProvider provider, StreamId streamId) : IAsyncStream<T>
{
    private static readonly string s_typeName = StreamPayloads.TypeName(typeof(T));

    public StreamId StreamId => streamId;

    public Task OnNextAsync(T item) => provider.AppendAsync(streamId, [Envelope(item)]);

    public Task OnNextBatchAsync(IEnumerable<T> batch)
    {
        var envelopes = batch.Select(Envelope).ToArray();
        return envelopes.Length == 0 ? Task.CompletedTask : provider.AppendAsync(streamId, envelopes);
    }

    public async Task<StreamSubscriptionHandle<T>> SubscribeAsync(IAsyncObserver<T> observer)
    {
        var activation = Current();
        var handle = new SubscriptionHandle<T>(streamId, Guid.NewGuid(), provider.Name);
        await provider.PubSub(activation.Runtime.GrainFactory, streamId).AddAsync(new StreamSubscription(handle.HandleId, activation.GrainId.ToString()));
        return await handle.ResumeAsync(observer);
    }

    public async Task<IList<StreamSubscriptionHandle<T>>> GetAllSubscriptionHandles()
    {
        var activation = Current();
        var self = activation.GrainId.ToString();
        var subscriptions = await provider.PubSub(activation.Runtime.GrainFactory, streamId).GetAsync();
        return [.. subscriptions.Where(s => s.GrainId == self).Select(s => (StreamSubscriptionHandle<T>)new SubscriptionHandle<T>(streamId, s.HandleId, provider.Name))];
    }

    private QueueEnvelope Envelope(T item) => new(streamId.Namespace, streamId.Key, s_typeName, StreamPayloads.Serialize(item));

    private static ActivationData Current() => ActivationData.Current
        ?? throw new InvalidOperationException("Stream subscriptions belong to grains: call this from inside a grain.");
}
