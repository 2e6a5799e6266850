using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Ugc.Actors.Hosting;
using Ugc.Actors.Testing;
using Ugc.Actors.Tests.Grains;

namespace Ugc.Actors.Tests;

/// <summary>Idle collection, timers and timeouts, on a single silo driven by a manual clock.</summary>
public sealed class LifecycleTests : IAsyncLifetime
{
    private readonly ManualTimeProvider _time = new();
    private readonly TestCluster _cluster;

    public LifecycleTests()
    {
        _cluster = new TestClusterBuilder { InitialSilosCount = 1 }
            .AddGrains(typeof(CounterGrain).Assembly)
            .ConfigureServices(s => s.Replace(ServiceDescriptor.Singleton<TimeProvider>(_time)))
            .ConfigureSilo((_, silo) => silo.ConfigureMessaging(o => o.ResponseTimeout = TimeSpan.FromHours(1)))
            .Build();
    }

    public Task InitializeAsync() => _cluster.DeployAsync();

    public Task DisposeAsync() => _cluster.DisposeAsync().AsTask();

    private bool IsActive(IGrain grain) => _cluster.Primary.Status.HasActivation(grain.GetGrainId());

    [Fact]
    public async Task Idle_activations_are_collected_after_the_collection_age()
    {
        var grain = _cluster.Client.GetGrain<ICounterGrain>("idle");
        await grain.IncrementVolatileAsync();

        _time.Advance(TimeSpan.FromMinutes(14));
        Assert.True(IsActive(grain));

        _time.Advance(TimeSpan.FromMinutes(2));
        await Poll.UntilAsync(() => Gates.Entries("deactivations:idle").Count == 1, "the idle grain is collected after 15 minutes");
        Assert.Equal(["ActivationIdle"], Gates.Entries("deactivations:idle"));
        Assert.Equal(1, await grain.GetAsync());
    }

    [Fact]
    public async Task Calls_postpone_collection_and_a_class_age_override_applies()
    {
        var counter = _cluster.Client.GetGrain<ICounterGrain>("busy");
        var timerGrain = _cluster.Client.GetGrain<ITimerGrain>("short-lived");
        await counter.GetAsync();
        await timerGrain.TicksAsync();

        for (var i = 0; i < 4; i++)
        {
            _time.Advance(TimeSpan.FromMinutes(10));
            await counter.GetAsync();
        }

        await Poll.UntilAsync(() => !IsActive(timerGrain), "the grain with a 2-minute age limit is collected");
        Assert.True(IsActive(counter));
    }

    [Fact]
    public async Task Timer_ticks_run_as_turns_and_stop_with_the_activation()
    {
        var grain = _cluster.Client.GetGrain<ITimerGrain>("ticking");
        await grain.StartAsync(TimeSpan.FromSeconds(1), interleave: false);

        for (var i = 1; i <= 3; i++)
        {
            _time.Advance(TimeSpan.FromSeconds(1));
            var expected = i;
            await Poll.UntilAsync(async () => await grain.TicksAsync() == expected, $"tick {expected} ran");
        }

        var gate = $"timer-{Guid.NewGuid():N}";
        var blocked = grain.WaitAsync(gate);
        await Task.Yield();
        _time.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(3, await grain.TicksAsync());
        Gates.Open(gate);
        await blocked;
        await Poll.UntilAsync(async () => await grain.TicksAsync() == 4, "the tick waiting behind the call ran after it");

        await grain.StopAsync();
        _time.Advance(TimeSpan.FromSeconds(5));
        Assert.Equal(4, await grain.TicksAsync());
    }

    [Fact]
    public async Task Timers_are_disposed_with_their_activation()
    {
        var grain = _cluster.Client.GetGrain<ITimerGrain>("disposed");
        await grain.StartAsync(TimeSpan.FromSeconds(1), interleave: true);
        _time.Advance(TimeSpan.FromSeconds(1));
        await Poll.UntilAsync(() => Gates.Entries("ticks:disposed").Count == 1, "the first tick ran");

        _time.Advance(TimeSpan.FromMinutes(3));
        await Poll.UntilAsync(() => !IsActive(grain), "the grain is collected");
        var ticks = Gates.Entries("ticks:disposed").Count;
        _time.Advance(TimeSpan.FromSeconds(10));

        Assert.Equal(ticks, Gates.Entries("ticks:disposed").Count);
    }

    [Fact]
    public async Task Graceful_shutdown_deactivates_every_activation_and_persists()
    {
        var grains = Enumerable.Range(0, 5).Select(i => _cluster.Client.GetGrain<ICounterGrain>($"shutdown-{i}")).ToArray();
        foreach (var grain in grains)
        {
            await grain.IncrementVolatileAsync();
        }

        await _cluster.StopSiloAsync(_cluster.Primary);

        Assert.All(grains, g => Assert.Equal(["ShuttingDown"], Gates.Entries("deactivations:" + g.GetPrimaryKeyString())));
        var state = new Persistence.GrainState<CounterState>(new CounterState());
        await _cluster.Storage.ReadStateAsync("counter", grains[0].GetGrainId(), state);
        Assert.Equal(1, state.State.Value);
    }
}

public sealed class TimeoutTests
{
    [Fact]
    public async Task A_call_that_does_not_answer_in_time_fails_with_TimeoutException()
    {
        await using var cluster = new TestClusterBuilder { InitialSilosCount = 1 }
            .AddGrains(typeof(CounterGrain).Assembly)
            .ConfigureSilo((_, silo) => silo.ConfigureMessaging(o => o.ResponseTimeout = TimeSpan.FromMilliseconds(200)))
            .Build();
        await cluster.DeployAsync();
        var grain = cluster.Client.GetGrain<ICounterGrain>("slow");
        var gate = $"never-{Guid.NewGuid():N}";

        var error = await Assert.ThrowsAsync<TimeoutException>(() => grain.WaitAsync(gate));

        Assert.Contains("WaitAsync", error.Message, StringComparison.Ordinal);
        Gates.Open(gate);
    }

    [Fact]
    public void Default_call_timeout_is_30_seconds()
    {
        Assert.Equal(TimeSpan.FromSeconds(30), new MessagingOptions().ResponseTimeout);
        Assert.Equal(TimeSpan.FromMinutes(15), new GrainCollectionOptions().CollectionAge);
    }
}
