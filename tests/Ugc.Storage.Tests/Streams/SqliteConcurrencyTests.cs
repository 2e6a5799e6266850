using System.Collections.Concurrent;
using System.Diagnostics;
using Ugc.Storage.Tests.Grains;
using Ugc.Storage.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Ugc.Storage.Tests.Streams;

/// <summary>
/// Many stream producers and grain writers on one SQLite file at once neither fail ("database is locked") nor stall:
/// a load check of the whole SQLite configuration (gate, scripts without transactions of their own, WAL). A script
/// that opened a deferred transaction, or a command that held the gate too long, would fail it.
/// </summary>
public sealed class SqliteConcurrencyTests(ITestOutputHelper output)
{
    private static readonly TimeSpan Load = TimeSpan.FromSeconds(6);

    [Fact]
    public async Task Concurrent_appends_and_state_writes_neither_fail_nor_stall()
    {
        const int Producers = 24;
        const int Writers = 24;
        var run = Guid.NewGuid().ToString("N");
        await using var backend = new SqliteBackend();
        await using var silo = await TestSilo.StartAsync(backend);
        var latencies = new ConcurrentBag<TimeSpan>();
        var clock = Stopwatch.StartNew();

        async Task Loop(Func<int, Task> operation)
        {
            for (var i = 0; clock.Elapsed < Load; i++)
            {
                var started = clock.Elapsed;
                await operation(i);
                latencies.Add(clock.Elapsed - started);
            }
        }

        await Task.WhenAll(
            Enumerable.Range(0, Producers).Select(p => Loop(i => silo.Stream($"load-{run}-{p}").OnNextAsync(new TestEvent(i))))
                .Concat(Enumerable.Range(0, Writers).Select(w => Loop(i => silo.Grains.GetGrain<IStateGrain>($"load-{run}-{w}").SetAsync($"v{i}")))));

        var slowest = latencies.Max();
        output.WriteLine($"{latencies.Count} operations in {Load.TotalSeconds} s ({latencies.Count / Load.TotalSeconds:F0}/s), slowest {slowest.TotalMilliseconds:F0} ms");
        Assert.True(latencies.Count > 200, $"only {latencies.Count} operations completed in {Load.TotalSeconds} s");
        Assert.True(slowest < TimeSpan.FromSeconds(10), $"the slowest of {latencies.Count} operations took {slowest.TotalSeconds:F1} s");
        Assert.DoesNotContain(silo.Log.Entries, e => e.Contains("locked", StringComparison.OrdinalIgnoreCase));
    }
}
