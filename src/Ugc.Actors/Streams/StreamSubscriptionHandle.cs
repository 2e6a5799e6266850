namespace Ugc.Actors.Streams;

/// <summary>One grain's explicit subscription to a stream.</summary>
public abstract class StreamSubscriptionHandle<T>
{
    public abstract Guid HandleId { get; }

    public abstract StreamId StreamId { get; }

    /// <summary>Ends the subscription (durably).</summary>
    public abstract Task UnsubscribeAsync();

    /// <summary>Attaches an observer to the subscription in this activation, after reactivation say.</summary>
    public abstract Task<StreamSubscriptionHandle<T>> ResumeAsync(IAsyncObserver<T> observer);

    /// <summary>Attaches a delegate observer.</summary>
    public Task<StreamSubscriptionHandle<T>> ResumeAsync(Func<T, StreamSequenceToken?, Task> onNext) => ResumeAsync(new DelegateObserver<T>(onNext));
}
