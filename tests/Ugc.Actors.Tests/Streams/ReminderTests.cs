using Ugc.Actors.Testing;
using Ugc.Actors.Tests.Grains;

namespace Ugc.Actors.Tests.Streams;

public sealed class ReminderTests
{
    [Fact]
    public async Task A_reminder_keeps_firing_and_reactivates_its_grain_after_deactivation()
    {
        await using var cluster = new TestClusterBuilder { InitialSilosCount = 1 }
            .AddGrains(typeof(CounterGrain).Assembly)
            .AddMemoryReminders(o => o.MinimumReminderPeriod = TimeSpan.FromMilliseconds(50))
            .Build();
        await cluster.DeployAsync();
        var key = $"r-{Guid.NewGuid():N}";
        var grain = cluster.Client.GetGrain<IReminderGrain>(key);

        await grain.StartAsync(TimeSpan.FromMilliseconds(100));
        await Poll.UntilAsync(() => Gates.Entries("reminder:" + key).Count >= 2, "the reminder fires twice");
        var first = await grain.ActivationAsync();

        await grain.DeactivateAsync();
        await Poll.UntilAsync(() => Gates.Entries("reminder:" + key).Any(a => a != first.ToString()), "a tick reactivates the grain");

        await grain.StopAsync();
        var count = Gates.Entries("reminder:" + key).Count;
        await Task.Delay(400);
        Assert.InRange(Gates.Entries("reminder:" + key).Count, count, count + 1);
    }

    [Fact]
    public async Task A_reminder_whose_tick_outlasts_its_period_keeps_firing()
    {
        await using var cluster = new TestClusterBuilder { InitialSilosCount = 1 }
            .AddGrains(typeof(CounterGrain).Assembly)
            .AddMemoryReminders(o => o.MinimumReminderPeriod = TimeSpan.FromMilliseconds(50))
            .Build();
        await cluster.DeployAsync();
        var key = $"slow-{Guid.NewGuid():N}";
        var grain = cluster.Client.GetGrain<ISlowReminderGrain>(key);

        // Each tick takes three periods: the next due time is already past when the tick returns.
        await grain.StartAsync(TimeSpan.FromMilliseconds(50), TimeSpan.FromMilliseconds(150));

        await Poll.UntilAsync(() => Gates.Entries("slow-reminder:" + key).Count >= 3, "the slow reminder fires three times");
        await grain.StopAsync();
    }

    [Fact]
    public async Task A_period_below_the_minimum_is_refused()
    {
        await using var cluster = new TestClusterBuilder { InitialSilosCount = 1 }
            .AddGrains(typeof(CounterGrain).Assembly).AddMemoryReminders().Build();
        await cluster.DeployAsync();

        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => cluster.Client.GetGrain<IReminderGrain>("too-fast").StartAsync(TimeSpan.FromSeconds(1)));
    }
}
