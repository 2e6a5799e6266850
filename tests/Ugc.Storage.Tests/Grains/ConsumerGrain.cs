using Orleans.Streams;
using Orleans.Streams.Core;

namespace Ugc.Storage.Tests.Grains;

/// <summary>Records every event of its stream (keyed like the grain), throws for the events a test refuses, and takes the time a test asks for.</summary>
[ImplicitStreamSubscription(TestEvent.Namespace)]
public sealed class ConsumerGrain : Grain, IConsumerGrain, IStreamSubscriptionObserver, IAsyncObserver<TestEvent>
{
    public async Task OnSubscribed(IStreamSubscriptionHandleFactory handleFactory) =>
        await handleFactory.Create<TestEvent>().ResumeAsync(this);

    public async Task OnNextAsync(TestEvent item, StreamSequenceToken? token = null)
    {
        var key = this.GetPrimaryKeyString();
        if (Deliveries.DelayOf(key) is { Ticks: > 0 } delay)
        {
            await Task.Delay(delay);
        }

        if (Deliveries.IsRefused(key, item.Number))
        {
            throw new InvalidOperationException($"The test refuses event {item.Number} of stream {key}.");
        }

        Deliveries.Record(key, item.Number);
    }

    public Task OnCompletedAsync() => Task.CompletedTask;

    public Task OnErrorAsync(Exception ex) => Task.CompletedTask;
}
