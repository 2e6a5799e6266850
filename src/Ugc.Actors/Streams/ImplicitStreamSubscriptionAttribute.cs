namespace Ugc.Actors.Streams;

/// <summary>
/// Every stream of this namespace is delivered to the grain of this class whose key is the stream's key, with no
/// subscription call. The grain implements <see cref="IAsyncObserver{T}"/> for the event type, or
/// <see cref="IStreamSubscriptionObserver"/> to attach an observer itself.
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = true)]
public sealed class ImplicitStreamSubscriptionAttribute(string streamNamespace) : Attribute
{
    public string Namespace { get; } = streamNamespace;
}

/// <summary>Lets a consumer grain attach an observer when a subscription (implicit or resumed) first delivers to it.</summary>
public interface IStreamSubscriptionObserver
{
    /// <summary>Called inside a turn before the first event of a subscription reaches this activation.</summary>
    Task OnSubscribed(IStreamSubscriptionHandleFactory handleFactory);
}

/// <summary>Makes the handle of the subscription being delivered, typed by the consumer.</summary>
public interface IStreamSubscriptionHandleFactory
{
    StreamId StreamId { get; }

    StreamSubscriptionHandle<T> Create<T>();
}
