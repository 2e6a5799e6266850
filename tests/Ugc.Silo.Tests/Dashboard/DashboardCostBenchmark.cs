using System.Diagnostics;
using Microsoft.Playwright;
using Ugc.Silo.Dashboard;
using Xunit.Abstractions;

namespace Ugc.Silo.Tests.Dashboard;

/// <summary>
/// What the dashboard costs the read path: GET /data/reviews.json throughput with nobody watching (collector idle,
/// one sample per 10 s), then with a headless page polling the Pipeline page (one sample per second plus the page's
/// requests). Runs only with UGC_DASHBOARD_BENCH=1; results go to the test output.
/// </summary>
[Trait("Category", "Benchmark")]
public sealed class DashboardCostBenchmark(ITestOutputHelper output)
{
    private const int Workers = 8;
    private static readonly TimeSpan s_window = TimeSpan.FromSeconds(15);

    [DashboardBenchmarkFact]
    public async Task Read_throughput_with_the_dashboard_closed_and_open()
    {
        var host = new DashboardHost { WithLoad = false };
        await host.InitializeAsync();
        try
        {
            var url = $"/data/reviews.json?passkey={host.Keys[DashboardHost.Brand]}&Filter=ProductId:skates";
            // Warm up long enough for tiered JIT to settle, or the first window measures the compiler.
            await MeasureAsync(host, url, TimeSpan.FromSeconds(20));
            var collector = (DashboardCollector)host.Services.GetService(typeof(DashboardCollector))!;
            Assert.True(collector.IsIdle, "nobody has opened the dashboard yet");
            var closed = await MeasureAsync(host, url, s_window);
            var closedSamples = collector.SamplesTaken;

            var (playwright, browser) = await Browser.LaunchAsync();
            using var _ = playwright;
            await using var __ = browser;
            var page = await Browser.LoggedInPageAsync(browser, host.BaseUrl, DashboardHost.Token);
            await Assertions.Expect(page.Locator("[data-kpi=submissions]")).ToBeVisibleAsync();
            Assert.False(collector.IsIdle, "the open page keeps the collector sampling every second");
            var before = collector.SamplesTaken;
            var open = await MeasureAsync(host, url, s_window);
            var openSamples = collector.SamplesTaken - before;

            output.WriteLine($"workers={Workers} window={s_window.TotalSeconds}s cores={Environment.ProcessorCount}");
            output.WriteLine($"closed: {closed:F0} req/s (collector idle, {closedSamples} samples since start)");
            output.WriteLine($"open:   {open:F0} req/s (page polling the pipeline every 2 s, {openSamples} samples in the window)");
            output.WriteLine($"cost:   {100 * (closed - open) / closed:F1}% of read throughput");
        }
        finally
        {
            await host.DisposeAsync();
        }
    }

    private static async Task<double> MeasureAsync(DashboardHost host, string url, TimeSpan window)
    {
        using var http = new HttpClient { BaseAddress = new Uri(host.BaseUrl) };
        long count = 0;
        var watch = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, Workers).Select(async _ =>
        {
            while (watch.Elapsed < window)
            {
                using var response = await http.GetAsync(url);
                response.EnsureSuccessStatusCode();
                Interlocked.Increment(ref count);
            }
        }));
        return count / watch.Elapsed.TotalSeconds;
    }
}
