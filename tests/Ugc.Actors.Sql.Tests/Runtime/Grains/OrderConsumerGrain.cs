using System.Collections.Concurrent;
using Ugc.Actors.Streams;

namespace Ugc.Actors.Sql.Tests.Runtime.Grains;

/// <summary>Implicitly subscribed to "orders": records every event of the stream with its own key, in delivery order.</summary>
[ImplicitStreamSubscription(Namespace)]
public sealed class OrderConsumerGrain : Grain, IOrderConsumerGrain, IAsyncObserver<OrderEvent>
{
    public const string Namespace = "orders";

    private static readonly ConcurrentDictionary<string, int> s_poisonFailures = new();
    private int _count;

    /// <summary>Makes the next <paramref name="times"/> deliveries of poison events of this stream key throw.</summary>
    public static void FailPoison(string streamKey, int times) => s_poisonFailures[streamKey] = times;

    public Task<int> CountAsync() => Task.FromResult(_count);

    public Task OnNextAsync(OrderEvent item, StreamSequenceToken? token = null)
    {
        var key = this.GetPrimaryKeyString();
        Deliveries.Attempt(key, item.Number);
        if (item.Poison && s_poisonFailures.AddOrUpdate(key, 0, (_, left) => left - 1) >= 0)
        {
            throw new InvalidOperationException($"cannot handle order {item.Number}");
        }

        _count++;
        Deliveries.Add(key, item.Number, token!.SequenceNumber);
        return Task.CompletedTask;
    }
}
