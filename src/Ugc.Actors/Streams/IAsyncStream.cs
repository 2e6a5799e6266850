namespace Ugc.Actors.Streams;

/// <summary>A durable stream of events of type <typeparamref name="T"/>.</summary>
public interface IAsyncStream<T>
{
    StreamId StreamId { get; }

    /// <summary>Appends an event; completes once the provider has durably accepted it.</summary>
    Task OnNextAsync(T item);

    /// <summary>Appends events in order in one durable write.</summary>
    Task OnNextBatchAsync(IEnumerable<T> batch);

    /// <summary>Subscribes the calling grain; the subscription is persisted and survives reactivation.</summary>
    Task<StreamSubscriptionHandle<T>> SubscribeAsync(IAsyncObserver<T> observer);

    /// <summary>Subscribes the calling grain with a delegate.</summary>
    Task<StreamSubscriptionHandle<T>> SubscribeAsync(Func<T, StreamSequenceToken?, Task> onNext) => SubscribeAsync(new DelegateObserver<T>(onNext));

    /// <summary>The calling grain's persisted subscriptions to this stream, to resume after reactivation.</summary>
    Task<IList<StreamSubscriptionHandle<T>>> GetAllSubscriptionHandles();
}
