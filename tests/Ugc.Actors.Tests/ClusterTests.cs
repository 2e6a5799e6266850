using Ugc.Actors.Testing;
using Ugc.Actors.Tests.Grains;

namespace Ugc.Actors.Tests;

/// <summary>Placement, cross-silo calls and failure, each on its own three-silo cluster.</summary>
public sealed class ClusterTests : IAsyncLifetime
{
    private readonly TestCluster _cluster = new TestClusterBuilder { InitialSilosCount = 3 }.AddGrains(typeof(CounterGrain).Assembly).Build();

    public Task InitializeAsync() => _cluster.DeployAsync();

    public Task DisposeAsync() => _cluster.DisposeAsync().AsTask();

    [Fact]
    public async Task Grains_spread_over_all_silos_each_on_its_placement_owner()
    {
        var grains = Enumerable.Range(0, 60).Select(i => _cluster.Client.GetGrain<ICounterGrain>($"spread-{i}")).ToArray();

        var silos = await Task.WhenAll(grains.Select(g => g.SiloAsync()));

        Assert.Equal(3, silos.Distinct().Count());
        for (var i = 0; i < grains.Length; i++)
        {
            Assert.Equal(_cluster.OwnerOf(grains[i].GetGrainId()).Address.ToString(), silos[i]);
        }
    }

    [Fact]
    public async Task Grains_call_grains_on_other_silos_with_references_as_arguments()
    {
        var (local, remote) = FindPairOnDifferentSilos();

        var answer = await local.CallOtherAsync(remote);

        Assert.Equal(_cluster.OwnerOf(remote.GetGrainId()).Address.ToString(), answer);
        Assert.NotEqual(await local.SiloAsync(), answer);
    }

    [Fact]
    public async Task Value_tuple_results_cross_silos_intact()
    {
        var grain = FindGrainNotOn(_cluster.Primary);
        await grain.IncrementAsync();

        var (value, silo) = await _cluster.Primary.GrainFactory.GetGrain<ICounterGrain>(grain.GetPrimaryKeyString()).SnapshotAsync();

        Assert.Equal(1, value);
        Assert.Equal(_cluster.OwnerOf(grain.GetGrainId()).Address.ToString(), silo);
    }

    [Fact]
    public async Task Request_context_travels_across_silos()
    {
        var grain = FindGrainNotOn(_cluster.Primary);
        RequestContext.Set("tenant", "brand-1");
        try
        {
            Assert.Equal("brand-1", await grain.ContextValueAsync("tenant"));
        }
        finally
        {
            RequestContext.Remove("tenant");
        }
    }

    [Fact]
    public async Task Remote_exceptions_keep_their_type_and_message()
    {
        var grain = FindGrainNotOn(_cluster.Primary);

        var error = await Assert.ThrowsAsync<CounterRuleException>(() => grain.ThrowAsync("rule", "limit reached"));

        Assert.Equal("limit reached", error.Message);
    }

    [Fact]
    public async Task A_message_that_cannot_be_serialized_fails_between_silos_but_not_inside_one()
    {
        var value = new NotSerializableOverTheWire(typeof(string));
        var local = FindGrainOn(_cluster.Primary);
        var remote = FindGrainNotOn(_cluster.Primary);

        Assert.Same(value, await _cluster.Primary.GrainFactory.GetGrain<ICounterGrain>(local.GetPrimaryKeyString()).EchoAsync(value));
        await Assert.ThrowsAsync<NotSupportedException>(() => _cluster.Primary.GrainFactory.GetGrain<ICounterGrain>(remote.GetPrimaryKeyString()).EchoAsync(value));
    }

    [Fact]
    public async Task Grains_of_a_stopped_silo_reactivate_on_the_survivors_with_their_state()
    {
        var victim = _cluster.Silos[1];
        var grains = Enumerable.Range(0, 30).Select(i => _cluster.Client.GetGrain<ICounterGrain>($"move-{i}")).ToArray();
        foreach (var grain in grains)
        {
            await grain.IncrementVolatileAsync();
        }

        var moved = grains.Where(g => _cluster.OwnerOf(g.GetGrainId()) == victim).ToArray();
        Assert.NotEmpty(moved);

        await _cluster.StopSiloAsync(victim);

        foreach (var grain in moved)
        {
            Assert.NotEqual(victim.Address.ToString(), await grain.SiloAsync());
            Assert.Equal(1, await grain.GetAsync());
        }
    }

    [Fact]
    public async Task Calls_waiting_on_a_killed_silo_fail_fast_and_the_grain_reactivates_elsewhere()
    {
        var victim = _cluster.Silos[2];
        var grain = FindGrainOn(victim);
        await grain.IncrementAsync();
        var gate = $"kill-{Guid.NewGuid():N}";
        var waiting = grain.WaitAsync(gate);

        await _cluster.KillSiloAsync(victim);

        await Assert.ThrowsAsync<SiloUnavailableException>(() => waiting.WaitAsync(TimeSpan.FromSeconds(5)));
        Assert.NotEqual(victim.Address.ToString(), await grain.SiloAsync());
        Assert.Equal(1, await grain.GetAsync());
        Gates.Open(gate);
    }

    [Fact]
    public async Task A_new_silo_takes_over_the_grains_it_now_owns()
    {
        var grains = Enumerable.Range(0, 40).Select(i => _cluster.Client.GetGrain<ICounterGrain>($"join-{i}")).ToArray();
        foreach (var grain in grains)
        {
            await grain.IncrementAsync();
        }

        var joined = await _cluster.StartAdditionalSiloAsync();
        var taken = grains.Where(g => _cluster.OwnerOf(g.GetGrainId()) == joined).ToArray();
        Assert.NotEmpty(taken);

        foreach (var grain in taken)
        {
            Assert.Equal(joined.Address.ToString(), await grain.SiloAsync());
            Assert.Equal(2, await grain.IncrementAsync());
        }

        await Poll.UntilAsync(() => taken.All(g => _cluster.Silos.Count(s => s.IsRunning && s.Status.HasActivation(g.GetGrainId())) == 1),
            "the old activations of moved grains are gone");
    }

    private (ICounterGrain Local, ICounterGrain Remote) FindPairOnDifferentSilos()
    {
        var local = FindGrainOn(_cluster.Primary);
        return (local, FindGrainNotOn(_cluster.Primary));
    }

    private ICounterGrain FindGrainOn(TestSilo silo) => Enumerable.Range(0, 1000)
        .Select(i => _cluster.Client.GetGrain<ICounterGrain>($"on-{silo.Index}-{i}-{Guid.NewGuid():N}"))
        .First(g => _cluster.OwnerOf(g.GetGrainId()) == silo);

    private ICounterGrain FindGrainNotOn(TestSilo silo) => Enumerable.Range(0, 1000)
        .Select(i => _cluster.Client.GetGrain<ICounterGrain>($"off-{silo.Index}-{i}-{Guid.NewGuid():N}"))
        .First(g => _cluster.OwnerOf(g.GetGrainId()) != silo);
}
