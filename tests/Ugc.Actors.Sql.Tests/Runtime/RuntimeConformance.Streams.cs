using Ugc.Actors.Sql.Tests.Infrastructure;
using Ugc.Actors.Sql.Tests.Runtime.Grains;
using Ugc.Actors.Testing;

namespace Ugc.Actors.Sql.Tests.Runtime;

/// <summary>Persistent streams: order, redelivery, dead letters, replay, and queue leases moving between silos.</summary>
public abstract partial class RuntimeConformance
{
    [ConformanceFact]
    public async Task Events_of_each_stream_arrive_in_order_with_increasing_tokens()
    {
        var keys = Enumerable.Range(0, 3).Select(_ => NewKey("order")).ToList();

        // Streams are appended to concurrently; each stream's own appends are in sequence.
        await Task.WhenAll(keys.Select(async key =>
        {
            for (var i = 0; i < 20; i++)
            {
                await Stream(key).OnNextAsync(new OrderEvent(key, i));
            }

            await Stream(key).OnNextBatchAsync(Enumerable.Range(20, 30).Select(i => new OrderEvent(key, i)));
        }));

        foreach (var key in keys)
        {
            await UntilAsync(() => Deliveries.Numbers(key).Count >= 50, $"the 50 events of {key} are delivered (got {Deliveries.Numbers(key).Count})");
            Assert.Equal(Enumerable.Range(0, 50), Deliveries.Numbers(key));
            var tokens = Deliveries.Tokens(key);
            Assert.True(tokens.Zip(tokens.Skip(1)).All(p => p.First < p.Second), "tokens increase along the stream");
        }
    }

    [ConformanceFact]
    public async Task A_consumer_that_throws_gets_the_event_again_until_it_succeeds()
    {
        var key = NewKey("retry");
        OrderConsumerGrain.FailPoison(key, MaxDeliveryAttempts - 1);

        await Stream(key).OnNextBatchAsync([new OrderEvent(key, 1, Poison: true), new OrderEvent(key, 2)]);

        await UntilAsync(() => Deliveries.Numbers(key).Count == 2, "the retried event and the next one are delivered");
        Assert.Equal([1, 2], Deliveries.Numbers(key));
        Assert.Equal(MaxDeliveryAttempts, Deliveries.Attempts(key, 1));
        Assert.Equal(1, Deliveries.Attempts(key, 2));
        Assert.DoesNotContain(await Queues.ReadDeadLettersAsync(100), d => d.Envelope.StreamKey == key);
    }

    [ConformanceFact]
    public async Task An_event_past_the_retry_budget_is_dead_lettered_and_replay_delivers_it()
    {
        var key = NewKey("poison");
        OrderConsumerGrain.FailPoison(key, int.MaxValue);

        await Stream(key).OnNextBatchAsync([new OrderEvent(key, 1, Poison: true), new OrderEvent(key, 2)]);

        await UntilAsync(() => Deliveries.Numbers(key).Count == 1, "the event after the poison one is delivered");
        Assert.Equal([2], Deliveries.Numbers(key));
        Assert.Equal(MaxDeliveryAttempts, Deliveries.Attempts(key, 1));
        var letter = Assert.Single(await Queues.ReadDeadLettersAsync(100), d => d.Envelope.StreamKey == key);
        Assert.Contains("cannot handle order 1", letter.LastError, StringComparison.Ordinal);
        await Poll.UntilAsync(async () => (await Queues.GetQueueStatsAsync(letter.QueueId)).Depth == 0, "the queue is empty", Deadline);

        OrderConsumerGrain.FailPoison(key, 0);
        Assert.True(await Queues.ReplayDeadLetterAsync(letter.Id));

        await UntilAsync(() => Deliveries.Numbers(key).Count == 2, "the replayed event is delivered");
        Assert.Equal([2, 1], Deliveries.Numbers(key));
        Assert.DoesNotContain(await Queues.ReadDeadLettersAsync(100), d => d.Envelope.StreamKey == key);
    }

    [ConformanceFact]
    public async Task Queue_leases_move_to_the_survivor_when_a_silo_stops()
    {
        var leaving = BusiestSilo();
        var survivor = Cluster.Silos.Single(s => s != leaving);

        await Cluster.StopSiloAsync(leaving);

        await UntilAsync(() => ProviderOf(survivor).LocalQueues.Count == QueueCount, "the survivor pulls every queue");
        await AssertLeasesHeldAsync();
        await AssertEveryQueueDeliversAsync("after-stop");
    }

    [ConformanceFact]
    public async Task Queue_leases_of_a_killed_silo_move_once_they_expire()
    {
        var killed = BusiestSilo();
        var survivor = Cluster.Silos.Single(s => s != killed);

        // A crash releases nothing: the survivor can only take the queues when the leases run out.
        await Cluster.KillSiloAsync(killed);

        await UntilAsync(() => ProviderOf(survivor).LocalQueues.Count == QueueCount, "the survivor pulls every queue once the leases expire");
        await AssertLeasesHeldAsync();
        await AssertEveryQueueDeliversAsync("after-kill");
    }

    private async Task AssertLeasesHeldAsync()
    {
        for (var queue = 0; queue < QueueCount; queue++)
        {
            Assert.False(await Queues.TryAcquireLeaseAsync(queue, "intruder", TimeSpan.FromSeconds(1)), $"queue {queue} is leased by the survivor");
        }
    }

    private async Task AssertEveryQueueDeliversAsync(string prefix)
    {
        var keys = KeysOnEveryQueue(prefix);
        await Task.WhenAll(keys.Select((key, i) => Stream(key).OnNextAsync(new OrderEvent(key, i))));
        foreach (var key in keys)
        {
            await UntilAsync(() => Deliveries.Numbers(key).Count == 1, $"the event of {key} is delivered by the survivor");
        }
    }
}
