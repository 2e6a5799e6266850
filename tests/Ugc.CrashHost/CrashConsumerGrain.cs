using Orleans.Streams;
using Orleans.Streams.Core;

namespace Ugc.CrashHost;

/// <summary>Reports every delivered event on stdout as <c>GOT n</c>.</summary>
[ImplicitStreamSubscription(CrashSilo.StreamNamespace)]
public sealed class CrashConsumerGrain : Grain, ICrashConsumerGrain, IStreamSubscriptionObserver, IAsyncObserver<CrashEvent>
{
    public async Task OnSubscribed(IStreamSubscriptionHandleFactory handleFactory) =>
        await handleFactory.Create<CrashEvent>().ResumeAsync(this);

    public Task OnNextAsync(CrashEvent item, StreamSequenceToken? token = null)
    {
        Console.Out.WriteLine($"GOT {item.Number}");
        return Task.CompletedTask;
    }

    public Task OnCompletedAsync() => Task.CompletedTask;

    public Task OnErrorAsync(Exception ex) => Task.CompletedTask;
}
