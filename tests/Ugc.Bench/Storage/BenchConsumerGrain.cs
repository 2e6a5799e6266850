using Ugc.Actors;
using Ugc.Actors.Streams;

namespace Ugc.Bench.Storage;

public interface IBenchConsumerGrain : IGrainWithStringKey;

/// <summary>Implicit consumer of the benchmark streams: records each event's enqueue-to-delivery lag.</summary>
[ImplicitStreamSubscription(StorageBenchSilo.Namespace)]
public sealed class BenchConsumerGrain : Grain, IBenchConsumerGrain, IAsyncObserver<BenchEvent>
{
    public Task OnNextAsync(BenchEvent item, StreamSequenceToken? token = null)
    {
        DeliveryRecorder.Record(item.AppendedAt);
        return Task.CompletedTask;
    }
}
