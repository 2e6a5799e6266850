using Ugc.Storage.Tests.Grains;
using Ugc.Storage.Tests.Infrastructure;
using Ugc.Testing;

namespace Ugc.Storage.Tests.Streams;

/// <summary>Persistent streams through our registration, on every provider, to implicit subscribers.</summary>
public abstract class StreamTests
{
    protected static readonly TimeSpan Deadline = TimeSpan.FromSeconds(30);

    protected abstract Task<StorageBackend> CreateBackendAsync();

    [StorageFact]
    public async Task An_event_reaches_the_implicit_subscriber()
    {
        var key = "one-" + Guid.NewGuid().ToString("N");
        await using var backend = await CreateBackendAsync();
        await using var silo = await TestSilo.StartAsync(backend);

        await silo.Stream(key).OnNextAsync(new TestEvent(42));

        await Poll.UntilAsync(() => Deliveries.Of(key).Contains(42), "event 42 reached the consumer", Deadline);
        Assert.Equal([42], Deliveries.Of(key));
    }

    [StorageFact]
    public async Task Events_of_a_stream_arrive_in_the_order_they_were_appended()
    {
        const int Streams = 4;
        const int EventsPerStream = 60;
        var run = Guid.NewGuid().ToString("N");
        var keys = Enumerable.Range(0, Streams).Select(i => $"order-{run}-{i}").ToList();
        await using var backend = await CreateBackendAsync();
        await using var silo = await TestSilo.StartAsync(backend);

        // Streams are appended concurrently; each stream's events one after another.
        await Task.WhenAll(keys.Select(async key =>
        {
            var stream = silo.Stream(key);
            for (var n = 1; n <= EventsPerStream; n++)
            {
                await stream.OnNextAsync(new TestEvent(n));
            }
        }));

        await Poll.UntilAsync(() => keys.All(k => Deliveries.Of(k).Count >= EventsPerStream),
            $"all {Streams * EventsPerStream} events were delivered", Deadline);
        foreach (var key in keys)
        {
            Assert.Equal(Enumerable.Range(1, EventsPerStream), Deliveries.Of(key));
        }
    }
}
