using System.Diagnostics;
using Ugc.Actors;
using Ugc.Actors.Testing;

namespace Ugc.Bench;

/// <summary>Grain call throughput and latency, local and cross-silo, against the channel-actor baseline.</summary>
internal static class CallBenchmarks
{
    public static async Task RunAsync(Report report, bool quick)
    {
        var duration = TimeSpan.FromSeconds(quick ? 1.5 : 5);
        var startWatch = Stopwatch.StartNew();
        await using var cluster = new TestClusterBuilder { InitialSilosCount = 2 }.AddGrains(typeof(BenchGrain).Assembly).Build();
        await cluster.DeployAsync();
        report.Note($"2-silo TestCluster started in {startWatch.Elapsed.TotalMilliseconds:F0} ms");

        var gateway = cluster.Primary;
        var local = Enumerable.Range(0, 10_000).Select(i => $"bench-{i}")
            .Where(k => cluster.OwnerOf(new GrainId("bench", k)) == gateway).Take(64)
            .Select(k => gateway.GrainFactory.GetGrain<IBenchGrain>(k)).ToArray();
        var remote = Enumerable.Range(0, 10_000).Select(i => $"bench-{i}")
            .Where(k => cluster.OwnerOf(new GrainId("bench", k)) != gateway).Take(64)
            .Select(k => gateway.GrainFactory.GetGrain<IBenchGrain>(k)).ToArray();
        var actors = Enumerable.Range(0, 64).Select(_ => new ChannelActor()).ToArray();

        foreach (var concurrency in new[] { 1, 64 })
        {
            var baseline = await Harness.MeasureAsync("baseline: Channel<T> actor + TCS reply", concurrency, duration, w => actors[w].AddAsync(1));
            var grains = await Harness.MeasureAsync("local grain call", concurrency, duration, w => local[w].AddAsync(1));
            var cross = await Harness.MeasureAsync("cross-silo grain call (in-memory transport)", concurrency, duration, w => remote[w].AddAsync(1));
            report.Add(baseline);
            report.Add(grains);
            report.Add(cross);
            report.Note($"concurrency {concurrency}: local grain / baseline throughput = {grains.OpsPerSecond / baseline.OpsPerSecond:F2}x " +
                $"(goal >= 0.5x); cross-silo / baseline = {cross.OpsPerSecond / baseline.OpsPerSecond:F2}x");
        }

        foreach (var actor in actors)
        {
            actor.Stop();
        }
    }
}
