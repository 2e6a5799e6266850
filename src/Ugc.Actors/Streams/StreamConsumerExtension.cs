using System.Collections.Concurrent;
using Ugc.Actors.Activation;

namespace Ugc.Actors.Streams;

/// <summary>
/// A consumer activation's observers, per explicit handle and per implicit stream. Lives and dies with the
/// activation and is used only inside its turns, so it needs no locks.
/// </summary>
internal sealed class StreamConsumerExtension(ActivationData activation) : IStreamConsumerExtension
{
    private static readonly ConcurrentDictionary<Type, Type?> s_observerInterfaces = new();

    private readonly Dictionary<Guid, IObserverAdapter> _explicit = [];
    private readonly Dictionary<StreamId, IObserverAdapter> _implicit = [];

    public async Task DeliverAsync(StreamDelivery delivery)
    {
        var type = StreamPayloads.Resolve(delivery.PayloadType);
        var item = StreamPayloads.Deserialize(delivery.Payload, type);
        var observer = Find(delivery);
        if (observer is null && activation.Grain is IStreamSubscriptionObserver subscriber)
        {
            await subscriber.OnSubscribed(new HandleFactory(delivery.Provider, delivery.Stream, delivery.HandleId));
            observer = Find(delivery);
        }

        if (observer is null && GrainAsObserver(type) is { } self)
        {
            observer = self;
            Attach(delivery.Stream, delivery.HandleId, self);
        }

        if (observer is null)
        {
            throw new ActorException($"Grain {activation.GrainId} received an event of stream {delivery.Stream} but has no observer for {type.Name}: " +
                "implement IAsyncObserver<T>, or resume the subscription in OnActivateAsync or OnSubscribed.");
        }

        await observer.OnNextAsync(item, delivery.Token);
    }

    public void Attach(StreamId stream, Guid? handleId, IObserverAdapter observer)
    {
        if (handleId is { } id)
        {
            _explicit[id] = observer;
        }
        else
        {
            _implicit[stream] = observer;
        }
    }

    public void Detach(Guid handleId) => _explicit.Remove(handleId);

    private IObserverAdapter? Find(StreamDelivery delivery) => delivery.HandleId is { } id
        ? _explicit.GetValueOrDefault(id)
        : _implicit.GetValueOrDefault(delivery.Stream);

    private IObserverAdapter? GrainAsObserver(Type itemType)
    {
        var observerType = s_observerInterfaces.GetOrAdd(itemType, static t => typeof(IAsyncObserver<>).MakeGenericType(t));
        return observerType!.IsInstanceOfType(activation.Grain)
            ? (IObserverAdapter)Activator.CreateInstance(typeof(ObserverAdapter<>).MakeGenericType(itemType), activation.Grain)!
            : null;
    }

    /// <summary>Makes handles for the subscription being delivered; their ResumeAsync attaches observers here.</summary>
    private sealed class HandleFactory(string providerName, StreamId stream, Guid? handleId) : IStreamSubscriptionHandleFactory
    {
        public StreamId StreamId => stream;

        public StreamSubscriptionHandle<T> Create<T>() => new SubscriptionHandle<T>(stream, handleId, providerName);
    }
}

/// <summary>An observer whose item type is known only at run time.</summary>
internal interface IObserverAdapter
{
    Task OnNextAsync(object? item, StreamSequenceToken token);
}

internal sealed class ObserverAdapter<T>(IAsyncObserver<T> observer) : IObserverAdapter
{
    public Task OnNextAsync(object? item, StreamSequenceToken token) => observer.OnNextAsync((T)item!, token);
}
