using Ugc.Storage.Tests.Grains;
using Ugc.Storage.Tests.Infrastructure;
using Ugc.Testing;

namespace Ugc.Storage.Tests.Reminders;

/// <summary>Reminders kept in the database (sqlite, postgres).</summary>
public abstract class DurableReminderTests
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(30);

    protected abstract Task<StorageBackend> CreateBackendAsync();

    [StorageFact]
    public async Task A_reminder_fires_again_after_a_silo_restart_without_being_registered_again()
    {
        var key = "restart-" + Guid.NewGuid().ToString("N");
        await using var backend = await CreateBackendAsync();
        await using (var first = await TestSilo.StartAsync(backend))
        {
            await first.Grains.GetGrain<IReminderGrain>(key).StartAsync(TimeSpan.FromSeconds(1));
            await Poll.UntilAsync(() => Deliveries.Of(key).Count >= 1, "the reminder fired in the first silo", Deadline);
        }

        Deliveries.Clear(key);
        await using var second = await TestSilo.StartAsync(backend);

        await Poll.UntilAsync(() => Deliveries.Of(key).Count >= 1, "the reminder fired in the restarted silo", Deadline);
    }
}
