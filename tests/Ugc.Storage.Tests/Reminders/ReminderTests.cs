using Ugc.Storage.Tests.Grains;
using Ugc.Storage.Tests.Infrastructure;
using Ugc.Testing;

namespace Ugc.Storage.Tests.Reminders;

/// <summary>Reminders through our registration of the reminder service, on every provider.</summary>
public abstract class ReminderTests
{
    protected static readonly TimeSpan Period = TimeSpan.FromSeconds(1);
    protected static readonly TimeSpan Deadline = TimeSpan.FromSeconds(30);

    protected abstract Task<StorageBackend> CreateBackendAsync();

    [StorageFact]
    public async Task A_registered_reminder_fires_repeatedly()
    {
        var key = "fires-" + Guid.NewGuid().ToString("N");
        await using var backend = await CreateBackendAsync();
        await using var silo = await TestSilo.StartAsync(backend);

        await silo.Grains.GetGrain<IReminderGrain>(key).StartAsync(Period);

        await Poll.UntilAsync(() => Deliveries.Of(key).Count >= 2, "the reminder fired twice", Deadline);
    }

    [StorageFact]
    public async Task An_unregistered_reminder_is_gone_from_the_reminder_table()
    {
        var key = "stop-" + Guid.NewGuid().ToString("N");
        await using var backend = await CreateBackendAsync();
        await using var silo = await TestSilo.StartAsync(backend);
        var grain = silo.Grains.GetGrain<IReminderGrain>(key);
        await grain.StartAsync(Period);
        Assert.True(await grain.IsRegisteredAsync(), "the reminder was not registered");

        await grain.StopAsync();

        Assert.False(await grain.IsRegisteredAsync(), "the reminder is still registered after it was unregistered");
    }
}
