using Orleans.Streams;
using Orleans.Streams.Core;

namespace Ugc.Bench.Storage;

[Alias("bench.IBenchConsumerGrain")]
public interface IBenchConsumerGrain : IGrainWithStringKey;

/// <summary>Implicit consumer of the benchmark streams: records each event's enqueue-to-delivery lag.</summary>
[ImplicitStreamSubscription(StorageBenchSilo.Namespace)]
public sealed class BenchConsumerGrain : Grain, IBenchConsumerGrain, IAsyncObserver<BenchEvent>, IStreamSubscriptionObserver
{
    public async Task OnSubscribed(IStreamSubscriptionHandleFactory handleFactory) => await handleFactory.Create<BenchEvent>().ResumeAsync(this);

    public Task OnNextAsync(BenchEvent item, StreamSequenceToken? token = null)
    {
        DeliveryRecorder.Record(item.AppendedAt);
        return Task.CompletedTask;
    }

    public Task OnCompletedAsync() => Task.CompletedTask;

    public Task OnErrorAsync(Exception ex) => Task.CompletedTask;
}
