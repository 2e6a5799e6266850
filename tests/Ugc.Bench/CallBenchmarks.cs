using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Ugc.Bench;

/// <summary>Local grain call throughput and latency on an Orleans silo, against the channel-actor baseline.</summary>
internal static class CallBenchmarks
{
    public static async Task RunAsync(Report report, bool quick)
    {
        var duration = TimeSpan.FromSeconds(quick ? 1.5 : 5);
        var startWatch = Stopwatch.StartNew();
        using var host = Host.CreateDefaultBuilder()
            .ConfigureLogging(l => l.SetMinimumLevel(LogLevel.Warning))
            .UseOrleans(silo => silo.UseLocalhostClustering(FreePort(), FreePort()))
            .Build();
        await host.StartAsync();
        report.Note($"one Orleans silo (localhost clustering) started in {startWatch.Elapsed.TotalMilliseconds:F0} ms");

        var grains = host.Services.GetRequiredService<IGrainFactory>();
        var local = Enumerable.Range(0, 64).Select(i => grains.GetGrain<IBenchGrain>($"bench-{i}")).ToArray();
        var actors = Enumerable.Range(0, 64).Select(_ => new ChannelActor()).ToArray();

        foreach (var concurrency in new[] { 1, 64 })
        {
            var baseline = await Harness.MeasureAsync("baseline: Channel<T> actor + TCS reply", concurrency, duration, w => actors[w].AddAsync(1));
            var grain = await Harness.MeasureAsync("local Orleans grain call", concurrency, duration, w => local[w].AddAsync(1));
            report.Add(baseline);
            report.Add(grain);
            report.Note($"concurrency {concurrency}: local grain / baseline throughput = {grain.OpsPerSecond / baseline.OpsPerSecond:F2}x");
        }

        foreach (var actor in actors)
        {
            actor.Stop();
        }

        await host.StopAsync();
    }

    private static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }
}
