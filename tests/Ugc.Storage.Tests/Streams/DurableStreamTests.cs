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
