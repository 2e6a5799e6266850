namespace Ugc.Actors.Streams;

/// <summary>Receives a stream's events. Called inside the consuming grain's turns.</summary>
public interface IAsyncObserver<in T>
{
    /// <summary>One event; throwing makes the event be delivered again, then dead-lettered.</summary>
    Task OnNextAsync(T item, StreamSequenceToken? token = null);

    /// <summary>The stream has ended (not used by persistent streams, which never end).</summary>
    Task OnCompletedAsync() => Task.CompletedTask;

    /// <summary>The provider reports an error.</summary>
    Task OnErrorAsync(Exception ex) => Task.CompletedTask;
}

/// <summary>An observer made of a delegate.</summary>
public sealed class DelegateObserver<T>(Func<T, StreamSequenceToken?, Task> onNext) : IAsyncObserver<T>
{
    public Task OnNextAsync(T item, StreamSequenceToken? token = null) => onNext(item, token);
}
