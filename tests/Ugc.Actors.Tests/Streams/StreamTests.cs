using Microsoft.Extensions.DependencyInjection;
using Ugc.Actors.Streams;
using Ugc.Actors.Testing;
using Ugc.Actors.Tests.Grains;

namespace Ugc.Actors.Tests.Streams;

/// <summary>Persistent streams over memory queues on a two-silo cluster.</summary>
public sealed class StreamTests : IAsyncLifetime
{
    private const string Provider = "events";

    private readonly TestCluster _cluster = new TestClusterBuilder { InitialSilosCount = 2 }
        .AddGrains(typeof(CounterGrain).Assembly)
        .AddMemoryStreams(Provider, o =>
        {
            o.QueueCount = 4;
            o.RetryBackoff = TimeSpan.FromMilliseconds(5);
            o.MaxDeliveryAttempts = 3;
        })
        .Build();

    public Task InitializeAsync() => _cluster.DeployAsync();

    public Task DisposeAsync() => _cluster.DisposeAsync().AsTask();

    private IStreamProvider Streams => _cluster.Silos.First(s => s.IsRunning).Services.GetStreamProvider(Provider);

    [Fact]
    public async Task Events_reach_the_implicit_consumer_in_order_with_increasing_tokens()
    {
        var key = $"p-{Guid.NewGuid():N}";
        var stream = Streams.GetStream<ReviewEvent>(StreamId.Create("reviews", key));

        for (var i = 0; i < 20; i++)
        {
            await stream.OnNextAsync(new ReviewEvent(key, i));
        }

        await stream.OnNextBatchAsync(Enumerable.Range(20, 30).Select(i => new ReviewEvent(key, i)));

        await Poll.UntilAsync(() => Seen.Numbers("implicit:" + key).Count == 50, "all 50 events are delivered");
        Assert.Equal(Enumerable.Range(0, 50), Seen.Numbers("implicit:" + key));
        var tokens = Seen.Tokens("implicit:" + key);
        Assert.True(tokens.Zip(tokens.Skip(1)).All(p => p.First < p.Second), "tokens increase along the stream");
        Assert.Equal(50, await _cluster.Client.GetGrain<IReviewCounterGrain>(key).CountAsync());
    }

    [Fact]
    public async Task A_failing_consumer_gets_the_event_again_then_it_is_dead_lettered_and_replayable()
    {
        var retried = $"retry-{Guid.NewGuid():N}";
        var poisoned = $"poison-{Guid.NewGuid():N}";
        ReviewCounterGrain.FailPoison(retried, 2);
        ReviewCounterGrain.FailPoison(poisoned, 100);

        await Streams.GetStream<ReviewEvent>(StreamId.Create("reviews", retried)).OnNextBatchAsync([new(retried, 1, Poison: true), new(retried, 2)]);
        await Streams.GetStream<ReviewEvent>(StreamId.Create("reviews", poisoned)).OnNextBatchAsync([new(poisoned, 1, Poison: true), new(poisoned, 2)]);

        await Poll.UntilAsync(() => Seen.Numbers("implicit:" + retried).Count == 2, "the retried event and the next one are delivered");
        Assert.Equal([1, 2], Seen.Numbers("implicit:" + retried));

        await Poll.UntilAsync(() => Seen.Numbers("implicit:" + poisoned).Count == 1, "the event after the poison one is delivered");
        var storage = _cluster.Primary.Services.GetRequiredKeyedService<IStreamQueueStorage>(Provider);
        var deadLetter = (await storage.ReadDeadLettersAsync(100)).Single(d => d.Envelope.StreamKey == poisoned);
        Assert.Contains("cannot handle event 1", deadLetter.LastError, StringComparison.Ordinal);

        ReviewCounterGrain.FailPoison(poisoned, 0);
        Assert.True(await storage.ReplayDeadLetterAsync(deadLetter.Id));
        await Poll.UntilAsync(() => Seen.Numbers("implicit:" + poisoned).Count == 2, "the replayed event is delivered");
        Assert.Equal([2, 1], Seen.Numbers("implicit:" + poisoned));
    }

    [Fact]
    public async Task Explicit_subscriptions_are_durable_and_resume_after_reactivation()
    {
        var product = $"followed-{Guid.NewGuid():N}";
        var follower = _cluster.Client.GetGrain<IFollowerGrain>($"f-{Guid.NewGuid():N}");
        var stream = () => Streams.GetStream<ReviewEvent>(StreamId.Create("reviews", product));
        var seenKey = "explicit:" + follower.GetPrimaryKeyString() + ":" + product;

        await follower.FollowAsync(Provider, product);
        await stream().OnNextAsync(new ReviewEvent(product, 1));
        await Poll.UntilAsync(() => Seen.Numbers(seenKey).Count == 1, "the follower gets the first event");

        var owner = _cluster.OwnerOf(follower.GetGrainId());
        await _cluster.StopSiloAsync(owner);
        await stream().OnNextAsync(new ReviewEvent(product, 2));
        await Poll.UntilAsync(() => Seen.Numbers(seenKey).Count == 2, "the follower, reactivated elsewhere, gets the second event");

        await follower.UnfollowAllAsync(Provider, product);
        await stream().OnNextAsync(new ReviewEvent(product, 3));
        await Poll.UntilAsync(() => Seen.Numbers("implicit:" + product).Count == 3, "the implicit consumer got all three");
        Assert.Equal([1, 2], Seen.Numbers(seenKey));
    }

    [Fact]
    public async Task Queue_leases_move_to_the_survivor_when_a_silo_stops()
    {
        var counts = () => _cluster.Silos.Select(s => ((PersistentStreamProvider)s.Services.GetStreamProvider(Provider)).LocalQueues.Count).ToArray();
        // Placement hashes silo addresses that include a start time, so now and then one silo wins all four queues:
        // stop the busier silo, which always pulls some.
        await Poll.UntilAsync(() => counts().Sum() == 4, "the four queues are pulled");
        var leaving = _cluster.Silos.MaxBy(s => ((PersistentStreamProvider)s.Services.GetStreamProvider(Provider)).LocalQueues.Count)!;
        var survivor = (PersistentStreamProvider)_cluster.Silos.Single(s => s != leaving).Services.GetStreamProvider(Provider);

        await _cluster.StopSiloAsync(leaving);

        await Poll.UntilAsync(() => survivor.LocalQueues.Count == 4, "the survivor pulls all four queues");
        var key = $"after-{Guid.NewGuid():N}";
        await Streams.GetStream<ReviewEvent>(StreamId.Create("reviews", key)).OnNextAsync(new ReviewEvent(key, 7));
        await Poll.UntilAsync(() => Seen.Numbers("implicit:" + key).Count == 1, "an event appended after the move is delivered");
    }
}
