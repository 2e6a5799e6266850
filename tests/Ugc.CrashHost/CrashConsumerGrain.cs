using Ugc.Actors.Streams;

namespace Ugc.CrashHost;

/// <summary>Implicit consumer of the crash streams: reports every delivered event on stdout.</summary>
[ImplicitStreamSubscription(CrashSilo.StreamNamespace)]
public sealed class CrashConsumerGrain : Grain, IGrainWithStringKey, IAsyncObserver<CrashEvent>
{
    public Task OnNextAsync(CrashEvent item, StreamSequenceToken? token = null)
    {
        Console.Out.WriteLine($"GOT {item.Number}");
        return Task.CompletedTask;
    }
}
