using Ugc.Storage.Tests.Infrastructure;

namespace Ugc.Storage.Tests.Streams;

/// <summary>The memory provider's monitor: its queues have no table, so it reports nothing and replays nothing.</summary>
public sealed class MemoryStreamMonitorTests
{
    [Fact]
    public async Task The_memory_monitor_reports_no_queues_no_dead_letters_and_replays_nothing()
    {
        await using var backend = new MemoryBackend();
        await using var silo = await TestSilo.StartAsync(backend);

        Assert.Empty(await silo.Monitor.GetQueuesAsync());
        Assert.Empty(await silo.Monitor.ReadDeadLettersAsync(10));
        Assert.False(await silo.Monitor.ReplayDeadLetterAsync("1"));
    }
}
