using Microsoft.Extensions.DependencyInjection;
using Orleans.Configuration;
using Ugc.Storage.Streams;
using Ugc.Storage.Tests.Grains;
using Ugc.Storage.Tests.Infrastructure;
using Ugc.Testing;

namespace Ugc.Storage.Tests.Streams;

/// <summary>Delivery failures, dead letters and queue statistics of the database-backed streams (sqlite, postgres).</summary>
public abstract class DurableStreamTests
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(45);

    protected abstract Task<StorageBackend> CreateBackendAsync();

    [StorageFact]
    public async Task An_event_the_consumer_keeps_refusing_becomes_a_dead_letter_later_events_flow_and_replay_delivers_it()
    {
        var key = "dead-" + Guid.NewGuid().ToString("N");
        Deliveries.Refuse(key, 2);
        await using var backend = await CreateBackendAsync();
        await using var silo = await TestSilo.StartAsync(backend);
        var stream = silo.Stream(key);
        for (var n = 1; n <= 5; n++)
        {
            await stream.OnNextAsync(new TestEvent(n));
        }

        await Poll.UntilAsync(() => new[] { 1, 3, 4, 5 }.All(Deliveries.Of(key).Contains),
            "the events after the refused one were delivered", Deadline);
        var deadLetters = await Poll.UntilAsync(() => silo.Monitor.ReadDeadLettersAsync(10), d => d.Count > 0,
            "event 2 became a dead letter", Deadline);

        var dead = Assert.Single(deadLetters);
        Assert.Equal(TestEvent.Namespace, dead.StreamNamespace);
        Assert.Equal(key, dead.StreamKey);
        Assert.Equal(typeof(TestEvent).FullName, dead.EventType);
        Assert.Equal(2, dead.Attempts);
        Assert.True(dead.FailedOn >= dead.CreatedOn, $"failed at {dead.FailedOn:O}, before it was created at {dead.CreatedOn:O}");
        Assert.DoesNotContain(2, Deliveries.Of(key));
        var queue = Assert.Single(await silo.Monitor.GetQueuesAsync(), q => q.QueueId == dead.QueueId);
        Assert.Equal(1, queue.DeadLetters);

        Deliveries.Accept(key, 2);
        Assert.True(await silo.Monitor.ReplayDeadLetterAsync(dead.Id), "the dead letter was not found for replay");

        await Poll.UntilAsync(() => Deliveries.Of(key).Contains(2), "the replayed event was delivered", Deadline);
        Assert.Empty(await silo.Monitor.ReadDeadLettersAsync(10));
        Assert.False(await silo.Monitor.ReplayDeadLetterAsync(dead.Id), "a replayed dead letter replayed twice");
        Assert.Equal([1, 3, 4, 5, 2], Deliveries.Of(key));
    }

    [StorageFact]
    public async Task An_event_retried_after_a_failed_delivery_is_delivered_though_its_queue_moved_on_meanwhile()
    {
        // The pulling agent's cache orders events by sequence token and wakes an idle stream's cursor at the token of its
        // first new event. A retried event keeps the id of its first dequeue, older than anything the cache still holds
        // once later events moved it on: the agent must recover from that cache miss and deliver it, not skip it and
        // confirm it with the cache (which would delete it).
        var run = Guid.NewGuid().ToString("N");
        var retried = "retried-" + run;
        var busy = "busy-" + run;
        Deliveries.Refuse(retried, 1);
        Deliveries.Slow(busy, TimeSpan.FromMilliseconds(150));
        await using var backend = await CreateBackendAsync();
        // One queue, and a cache of 10 events in buckets of one: the cache lets events go as soon as they are delivered.
        await using var silo = await TestSilo.StartAsync(backend, o =>
        {
            o.QueueCount = 1;
            o.MaxDeliveryAttempts = 5;
        }, silo: s => s.Services.Configure<SimpleQueueCacheOptions>(TestSilo.StreamProvider, o => o.CacheSize = 10));
        await silo.Stream(retried).OnNextAsync(new TestEvent(1));
        for (var n = 1; n <= 40; n++)
        {
            await silo.Stream(busy).OnNextAsync(new TestEvent(n));
        }

        await Poll.UntilAsync(() => silo.Log.Entries.Any(e => e.Contains("Moved failed delivery", StringComparison.Ordinal)),
            "the refused event's delivery failed", Deadline);
        Deliveries.Accept(retried, 1);

        await Poll.UntilAsync(() => Deliveries.Of(retried).Contains(1), "the retried event was delivered", Deadline);
        await Poll.UntilAsync(() => Deliveries.Of(busy).Distinct().Count() == 40, "the other stream's events were delivered", Deadline);
        var queue = Assert.Single(await Poll.UntilAsync(() => silo.Monitor.GetQueuesAsync(), q => q.Sum(x => x.Waiting + x.InFlight) == 0,
            "the queue is empty", Deadline));
        Assert.Equal(0, queue.DeadLetters);
    }

    [StorageFact]
    public async Task Queue_statistics_show_the_messages_waiting_for_a_consumer()
    {
        var run = Guid.NewGuid().ToString("N");
        await using var backend = await CreateBackendAsync();
        // Pulling agents initialized but not started: appended events wait.
        await using var silo = await TestSilo.StartAsync(backend, silo: s => s.Services.Configure<StreamLifecycleOptions>(
            TestSilo.StreamProvider, o => o.StartupState = StreamLifecycleOptions.RunState.Initialized));
        for (var n = 1; n <= 5; n++)
        {
            await silo.Stream($"wait-{run}-{n % 2}").OnNextAsync(new TestEvent(n));
        }

        var queues = await silo.Monitor.GetQueuesAsync();

        Assert.Equal(4, queues.Count);
        Assert.Equal(5, queues.Sum(q => q.Waiting));
        Assert.All(queues, q => Assert.Equal(0, q.InFlight));
        Assert.All(queues, q => Assert.Equal(0, q.DeadLetters));
        Assert.All(queues.Where(q => q.Waiting > 0), q => Assert.True(q.OldestWaitingAge is { } age && age >= TimeSpan.Zero && age < TimeSpan.FromMinutes(1),
            $"queue {q.QueueId} waits with oldest age {q.OldestWaitingAge}"));
        Assert.All(queues.Where(q => q.Waiting == 0), q => Assert.Null(q.OldestWaitingAge));
        Assert.Empty(Deliveries.Of($"wait-{run}-0"));
    }
}
