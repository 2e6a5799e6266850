using Ugc.Actors.Persistence;
using Ugc.Actors.Testing;
using Ugc.Actors.Tests.Grains;

namespace Ugc.Actors.Tests;

[Collection(ClusterCollection.Name)]
public sealed class PersistenceTests(ClusterFixture fixture)
{
    private readonly TestCluster _cluster = fixture.Cluster;

    [Fact]
    public async Task A_stale_write_throws_InconsistentStateException_and_changes_nothing()
    {
        var storage = new MemoryGrainStorage();
        var id = new GrainId("counter", "etag");
        var first = new GrainState<CounterState>(new CounterState { Value = 1 });
        await storage.WriteStateAsync("counter", id, first);
        var stale = new GrainState<CounterState>(new CounterState());
        await storage.ReadStateAsync("counter", id, stale);
        first.State.Value = 2;
        await storage.WriteStateAsync("counter", id, first);

        stale.State.Value = 99;
        var error = await Assert.ThrowsAsync<InconsistentStateException>(() => storage.WriteStateAsync("counter", id, stale));

        var stored = new GrainState<CounterState>(new CounterState());
        await storage.ReadStateAsync("counter", id, stored);
        Assert.Equal(2, stored.State.Value);
        Assert.Equal("2", error.StoredEtag);
        Assert.Equal("1", error.CurrentEtag);
    }

    [Fact]
    public async Task A_cleared_record_does_not_accept_an_etag_from_before_the_clear()
    {
        var storage = new MemoryGrainStorage();
        var id = new GrainId("counter", "clear");
        var holder = new GrainState<CounterState>(new CounterState { Value = 1 });
        await storage.WriteStateAsync("counter", id, holder);
        var stale = new GrainState<CounterState>(new CounterState());
        await storage.ReadStateAsync("counter", id, stale);

        await storage.ClearStateAsync("counter", id, holder);
        await storage.WriteStateAsync("counter", id, new GrainState<CounterState>(new CounterState { Value = 5 }));

        await Assert.ThrowsAsync<InconsistentStateException>(() => storage.WriteStateAsync("counter", id, stale));
    }

    [Fact]
    public async Task A_grain_whose_write_conflicts_fails_the_call_and_reloads_on_the_next()
    {
        var grain = _cluster.Client.GetGrain<ICounterGrain>(Guid.NewGuid().ToString("N"));
        await grain.IncrementAsync();
        var activation = await grain.ActivationIdAsync();

        // Another writer (a stale duplicate, say) moves the stored version on behind the grain's back.
        var outside = new GrainState<CounterState>(new CounterState());
        await _cluster.Storage.ReadStateAsync("counter", grain.GetGrainId(), outside);
        outside.State.Value = 10;
        await _cluster.Storage.WriteStateAsync("counter", grain.GetGrainId(), outside);

        await Assert.ThrowsAsync<InconsistentStateException>(() => grain.IncrementAsync());

        await Poll.UntilAsync(async () => await grain.ActivationIdAsync() != activation, "the inconsistent activation is replaced");
        Assert.Equal(11, await grain.IncrementAsync());
    }
}
