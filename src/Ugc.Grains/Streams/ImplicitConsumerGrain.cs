using Orleans.Streams.Core;

namespace Ugc.Grains.Streams;

/// <summary>
/// A grain that consumes its implicit stream (<c>[ImplicitStreamSubscription]</c>, keyed like the grain): Orleans hands
/// it the subscription on activation and it resumes it with itself as the observer. An exception from
/// <see cref="OnNextAsync"/> makes the pulling agent redeliver the event, and after the delivery timeout hand it to
/// the provider's failure handler (a dead letter on the SQL providers).
/// </summary>
/// <typeparam name="T">The stream's event type.</typeparam>
public abstract class ImplicitConsumerGrain<T> : Grain, IAsyncObserver<T>, IStreamSubscriptionObserver
{
    public async Task OnSubscribed(IStreamSubscriptionHandleFactory handleFactory)
    {
        ArgumentNullException.ThrowIfNull(handleFactory);
        await handleFactory.Create<T>().ResumeAsync(this);
    }

    public abstract Task OnNextAsync(T item, StreamSequenceToken? token = null);

    public Task OnCompletedAsync() => Task.CompletedTask;

    public Task OnErrorAsync(Exception ex) => Task.CompletedTask;
}
