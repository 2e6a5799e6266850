using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Ugc.Silo.Dashboard;
using Xunit.Abstractions;

namespace Ugc.Silo.Tests.Dashboard;

/// <summary>
/// What the consoles cost the read path: GET /data/reviews.json throughput with nobody watching (each silo reports its
/// pipeline counters every 10 s), with a headless page on our console's Pipeline page (reports every second plus the
/// page's requests), and with a headless page on the Orleans Dashboard (its own polling), in one run. Runs only with
/// UGC_DASHBOARD_BENCH=1; results go to the test output.
/// </summary>
[Trait("Category", "Benchmark")]
public sealed class DashboardCostBenchmark(ITestOutputHelper output)
{
    private const int Workers = 8;
    private static readonly TimeSpan s_window = TimeSpan.FromSeconds(15);

    [DashboardBenchmarkFact]
    public async Task Read_throughput_with_the_consoles_closed_and_open()
    {
        var host = new DashboardHost { WithLoad = false };
        await host.InitializeAsync();
        try
        {
            var url = $"/data/reviews.json?passkey={host.Keys[DashboardHost.Brand]}&Filter=ProductId:skates";
            // Warm up long enough for tiered JIT to settle, or the first window measures the compiler.
            await MeasureAsync(host, url, TimeSpan.FromSeconds(20));
            var reporter = host.Services.GetRequiredService<PipelineReporter>();
            Assert.True(reporter.IsIdle, "nobody has opened the console yet");
            var before = reporter.ReportsSent;
            var closed = await MeasureAsync(host, url, s_window);
            var closedReports = reporter.ReportsSent - before;

            var (playwright, browser) = await Browser.LaunchAsync();
            using var _ = playwright;
            await using var __ = browser;
            var page = await Browser.LoggedInPageAsync(browser, host.BaseUrl, DashboardHost.Token);
            await Assertions.Expect(page.Locator("[data-kpi=submissions]")).ToBeVisibleAsync();
            Assert.False(reporter.IsIdle, "the open page keeps the silo reporting every second");
            before = reporter.ReportsSent;
            var open = await MeasureAsync(host, url, s_window);
            var openReports = reporter.ReportsSent - before;

            await page.GotoAsync("/dashboard/orleans/#/grains");
            await Assertions.Expect(page.GetByText("ProductGrain").First).ToBeVisibleAsync(new() { Timeout = 30_000 });
            var orleans = await MeasureAsync(host, url, s_window);

            output.WriteLine($"workers={Workers} window={s_window.TotalSeconds}s cores={Environment.ProcessorCount}");
            output.WriteLine($"closed:          {closed:F0} req/s (nobody watching, {closedReports} pipeline reports in the window)");
            output.WriteLine($"console open:    {open:F0} req/s (Pipeline page polling every 2 s, {openReports} reports in the window)");
            output.WriteLine($"Orleans open:    {orleans:F0} req/s (Orleans Dashboard polling its JSON every second)");
            output.WriteLine($"cost of console: {100 * (closed - open) / closed:F1}% of read throughput");
            output.WriteLine($"cost of Orleans: {100 * (closed - orleans) / closed:F1}% of read throughput");
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
