using Ugc.Actors.Testing;
using Ugc.Actors.Tests.Grains;

namespace Ugc.Actors.Tests;

[Collection(ClusterCollection.Name)]
public sealed class SchedulingTests(ClusterFixture fixture)
{
    private readonly TestCluster _cluster = fixture.Cluster;

    private static string Unique(string name) => $"{name}-{Guid.NewGuid():N}";

    [Fact]
    public async Task A_non_reentrant_grain_admits_one_call_at_a_time_even_across_awaits()
    {
        var grain = _cluster.Client.GetGrain<ITurnGrain>(Unique("turn"));
        var (first, second) = (Unique("g1"), Unique("g2"));

        var a = grain.WaitAsync(first);
        await Poll.UntilAsync(async () => (await grain.EnteredAsync()).Count == 1, "the first call entered");
        var b = grain.WaitAsync(second);
        Gates.Open(second);

        // The second call's gate is open, yet it must not have entered: the first still holds the turn.
        Assert.Equal([first], await grain.EnteredAsync());
        Assert.False(b.IsCompleted);

        Gates.Open(first);
        await Task.WhenAll(a, b);
        Assert.Equal([first, second], await grain.EnteredAsync());
    }

    [Fact]
    public async Task A_reentrant_grain_interleaves_calls_at_awaits()
    {
        var grain = _cluster.Client.GetGrain<IReentrantTurnGrain>(Unique("reentrant"));
        var (first, second) = (Unique("g1"), Unique("g2"));

        var a = grain.WaitAsync(first);
        var b = grain.WaitAsync(second);
        await Poll.UntilAsync(async () => (await grain.EnteredAsync()).Count == 2, "both calls entered while the first waits");

        Gates.Open(second);
        await b;
        Assert.False(a.IsCompleted);
        Gates.Open(first);
        await a;
    }

    [Fact]
    public async Task Read_only_calls_interleave_with_each_other_but_not_with_writes()
    {
        var grain = _cluster.Client.GetGrain<ITurnGrain>(Unique("readonly"));
        var (r1, r2, w) = (Unique("r1"), Unique("r2"), Unique("w"));

        var read1 = grain.ReadAsync(r1);
        var read2 = grain.ReadAsync(r2);
        await Poll.UntilAsync(async () => (await grain.EnteredAsync()).Count == 2, "both read-only calls entered together");
        var write = grain.WaitAsync(w);
        Gates.Open(w);
        Assert.Equal(2, (await grain.EnteredAsync()).Count);

        Gates.Open(r1);
        Gates.Open(r2);
        await Task.WhenAll(read1, read2, write);
        Assert.Equal(w, (await grain.EnteredAsync())[2]);
    }

    [Fact]
    public async Task Continuations_of_interleaved_calls_never_run_in_parallel()
    {
        var grain = _cluster.Client.GetGrain<IReentrantTurnGrain>(Unique("exclusive"));

        var results = await Task.WhenAll(Enumerable.Range(0, 16).Select(_ => grain.ExclusiveAsync(50)));

        Assert.All(results, Assert.True);
    }

    [Fact]
    public async Task A_call_cycle_among_non_reentrant_grains_fails_with_the_chain()
    {
        var a = _cluster.Client.GetGrain<IPingGrain>(Unique("a"));
        var b = _cluster.Client.GetGrain<IPingGrain>(Unique("b"));

        var error = await Assert.ThrowsAsync<DeadlockException>(() => a.PingViaAsync(b));

        Assert.Contains(a.GetGrainId().ToString(), error.Message, StringComparison.Ordinal);
        Assert.Contains(b.GetGrainId().ToString(), error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Calls_without_a_cycle_between_the_same_grains_succeed()
    {
        var a = _cluster.Client.GetGrain<IPingGrain>(Unique("a"));
        var b = _cluster.Client.GetGrain<IPingGrain>(Unique("b"));

        Assert.Equal("pong from " + b.GetPrimaryKeyString(), await b.PongAsync());
        Assert.Equal("pong from " + a.GetPrimaryKeyString(), await b.PingBackAsync(a));
    }
}
