using Microsoft.Extensions.DependencyInjection;
using Ugc.Actors.Persistence;
using Ugc.Actors.Reminders;
using Ugc.Actors.Sql.Tests.Infrastructure;
using Ugc.Actors.Sql.Tests.Runtime.Grains;

namespace Ugc.Actors.Sql.Tests.Runtime;

/// <summary>Durable reminders and grain state through grains.</summary>
public abstract partial class RuntimeConformance
{
    private static readonly TimeSpan TickPeriod = TimeSpan.FromMilliseconds(200);

    [ConformanceFact]
    public async Task A_reminder_tick_reactivates_its_deactivated_grain()
    {
        var key = NewKey("tick");
        var grain = Cluster.Client.GetGrain<ITickGrain>(key);
        await grain.StartAsync(TickPeriod);
        await UntilAsync(() => Deliveries.Entries("tick:" + key).Count >= 2, "the reminder ticks twice");
        var first = (await grain.ActivationAsync()).ToString();
        Assert.Single(await Gateway.Services.GetRequiredService<IReminderTable>().ReadRowsAsync(grain.GetGrainId()));

        await grain.DeactivateAsync();

        await UntilAsync(() => Deliveries.Entries("tick:" + key).Any(a => a != first), "a tick reaches a new activation");
        await grain.StopAsync();
        Assert.Empty(await Gateway.Services.GetRequiredService<IReminderTable>().ReadRowsAsync(grain.GetGrainId()));
    }

    [ConformanceFact]
    public async Task A_reminder_keeps_ticking_on_the_survivor_when_its_silo_stops()
    {
        var key = NewKey("tick-moves");
        var grain = Cluster.Client.GetGrain<ITickGrain>(key);
        await grain.StartAsync(TickPeriod);
        await UntilAsync(() => Deliveries.Entries("tick:" + key).Count >= 1, "the reminder ticks");
        var owner = Cluster.OwnerOf(grain.GetGrainId());

        await Cluster.StopSiloAsync(owner);
        var before = Deliveries.Entries("tick:" + key).Count;

        await UntilAsync(() => Deliveries.Entries("tick:" + key).Count >= before + 2, "the reminder ticks twice more on the surviving silo");
        Assert.True(Cluster.Silos.Single(s => s.IsRunning).Status.HasActivation(grain.GetGrainId()), "the grain is active on the survivor");
        await grain.StopAsync();
    }

    [ConformanceFact]
    public async Task Grain_state_round_trips_through_reactivation_and_a_silo_stop()
    {
        var grain = Cluster.Client.GetGrain<IProfileGrain>(NewKey("profile"));
        await grain.SetAsync("Ada", ["reviewer", "verified"]);
        var first = await grain.ActivationAsync();
        var written = await grain.GetAsync();

        await grain.DeactivateAsync();
        var reloaded = await grain.GetAsync();

        Assert.NotEqual(first, await grain.ActivationAsync());
        Assert.True(reloaded.RecordExists);
        Assert.NotNull(reloaded.Etag);
        Assert.Equal(written.Etag, reloaded.Etag);
        Assert.Equal("Ada", reloaded.State.Name);
        Assert.Equal(["reviewer", "verified"], reloaded.State.Tags);
        var stored = new GrainState<ProfileState>(new ProfileState());
        await Gateway.Services.GetRequiredKeyedService<IGrainStorage>(StorageName).ReadStateAsync("profile", grain.GetGrainId(), stored);
        Assert.Equal("Ada", stored.State.Name);

        await Cluster.StopSiloAsync(Cluster.OwnerOf(grain.GetGrainId()));
        await grain.SetAsync("Ada L.", ["reviewer"]);
        var moved = await grain.GetAsync();
        Assert.Equal(("Ada L.", 2), (moved.State.Name, moved.State.Version));
        Assert.NotEqual(reloaded.Etag, moved.Etag);

        await grain.ClearAsync();
        await grain.DeactivateAsync();
        var cleared = await grain.GetAsync();
        Assert.False(cleared.RecordExists);
        Assert.Equal(("", 0), (cleared.State.Name, cleared.State.Version));
    }
}
