using Ugc.Actors.Testing;
using Ugc.Actors.Tests.Grains;

namespace Ugc.Actors.Tests;

[Collection(ClusterCollection.Name)]
public sealed class ActivationTests(ClusterFixture fixture)
{
    private readonly TestCluster _cluster = fixture.Cluster;

    [Fact]
    public async Task Concurrent_first_calls_create_exactly_one_activation()
    {
        var key = Guid.NewGuid().ToString("N");
        var grain = _cluster.Client.GetGrain<ICounterGrain>(key);

        var ids = await Task.WhenAll(Enumerable.Range(0, 200).Select(_ => Task.Run(() => grain.ActivationIdAsync())));

        Assert.Single(ids.Distinct());
        Assert.Single(Gates.Entries("activations:" + key));
        Assert.Single(_cluster.Silos, s => s.Status.HasActivation(grain.GetGrainId()));
    }

    [Fact]
    public async Task State_is_loaded_before_OnActivateAsync_and_survives_deactivation()
    {
        var grain = _cluster.Client.GetGrain<ICounterGrain>(Guid.NewGuid().ToString("N"));
        await grain.IncrementAsync();
        await grain.IncrementAsync();
        var first = await grain.ActivationIdAsync();

        await grain.DeactivateAsync();
        await Poll.UntilAsync(async () => await grain.ActivationIdAsync() != first, "a new activation replaces the deactivated one");

        Assert.Equal(2, await grain.ActivatedWithAsync());
        Assert.Equal(2, await grain.GetAsync());
    }

    [Fact]
    public async Task DeactivateOnIdle_runs_OnDeactivateAsync_and_the_next_call_activates_again()
    {
        var key = Guid.NewGuid().ToString("N");
        var grain = _cluster.Client.GetGrain<ICounterGrain>(key);
        await grain.IncrementVolatileAsync();
        var first = await grain.ActivationIdAsync();

        await grain.DeactivateAsync();
        await Poll.UntilAsync(() => Gates.Entries("deactivations:" + key).Count == 1, "OnDeactivateAsync ran");

        Assert.NotEqual(first, await grain.ActivationIdAsync());
        Assert.Equal("ApplicationRequested", Gates.Entries("deactivations:" + key)[0]);
        Assert.Equal(1, await grain.GetAsync());
    }

    [Fact]
    public async Task Exceptions_reach_the_caller_with_type_and_message_and_the_activation_survives()
    {
        var grain = _cluster.Client.GetGrain<ICounterGrain>(Guid.NewGuid().ToString("N"));
        var before = await grain.ActivationIdAsync();

        var argument = await Assert.ThrowsAsync<ArgumentException>(() => grain.ThrowAsync("argument", "rating must be 1..5"));
        var rule = await Assert.ThrowsAsync<CounterRuleException>(() => grain.ThrowAsync("rule", "too many reviews"));

        Assert.Equal("rating must be 1..5", argument.Message);
        Assert.Equal("too many reviews", rule.Message);
        Assert.Equal(before, await grain.ActivationIdAsync());
    }

    [Fact]
    public async Task Unknown_grain_interface_is_a_clear_error()
    {
        var error = Assert.Throws<ActorException>(() => _cluster.Client.GetGrain<INotImplementedGrain>("x"));
        Assert.Contains(nameof(INotImplementedGrain), error.Message, StringComparison.Ordinal);
        await Task.CompletedTask;
    }

    [Fact]
    public void Grains_cannot_be_created_with_new()
    {
        var error = Assert.Throws<InvalidOperationException>(() => new PingGrain());
        Assert.Contains("IGrainFactory", error.Message, StringComparison.Ordinal);
    }
}

public interface INotImplementedGrain : IGrainWithStringKey
{
    Task NothingAsync();
}
