using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Ugc.Silo.Dashboard;
using Xunit.Abstractions;

namespace Ugc.Silo.Tests.Dashboard;

/// <summary>
/// What the consoles cost the read path: GET /data/reviews.json throughput with nobody watching (the silo reports its
/// pipeline counters every 10 s), with a headless page on our console's Pipeline page (reports every second plus the
/// page's requests), and with a headless page on the Orleans Dashboard's Grains page (its own polling). The three
/// windows alternate for several rounds in one run, so drift on a shared machine falls on all three alike; the
/// ratios are medians over the rounds. Runs only with UGC_DASHBOARD_BENCH=1; results go to the test output.
/// </summary>
[Trait("Category", "Benchmark")]
public sealed class DashboardCostBenchmark(ITestOutputHelper output)
{
    private const int Workers = 8;
    private const int Rounds = 3;
    private static readonly TimeSpan s_window = TimeSpan.FromSeconds(12);

    [DashboardBenchmarkFact]
    public async Task Read_throughput_with_the_consoles_closed_and_open()
    {
        // Idle after 3 s without a console read, so each round's closed window really is unwatched.
        var host = new DashboardHost { WithLoad = false, Settings = ["Ugc:Dashboard:IdleAfter=00:00:03"] };
        await host.InitializeAsync();
        try
        {
            var url = $"/data/reviews.json?passkey={host.Keys[DashboardHost.Brand]}&Filter=ProductId:skates";
            // Warm up long enough for tiered JIT to settle, or the first window measures the compiler.
            await MeasureAsync(host, url, TimeSpan.FromSeconds(20));
            var reporter = host.Services.GetRequiredService<PipelineReporter>();
            var (playwright, browser) = await Browser.LaunchAsync();
            using var _ = playwright;
            await using var __ = browser;
            output.WriteLine($"workers={Workers} window={s_window.TotalSeconds}s rounds={Rounds} cores={Environment.ProcessorCount}");
            var ratios = new List<(double Console, double Orleans)>();
            for (var round = 1; round <= Rounds; round++)
            {
                var page = await Browser.LoggedInPageAsync(browser, host.BaseUrl, DashboardHost.Token);
                await page.GotoAsync("about:blank");
                await Ugc.Testing.Poll.UntilAsync(() => reporter.IsIdle, "the reporter slowed down with nobody watching", TimeSpan.FromSeconds(30));
                var before = reporter.ReportsSent;
                var closed = await MeasureAsync(host, url, s_window);
                var closedReports = reporter.ReportsSent - before;

                await page.GotoAsync("/dashboard");
                await Assertions.Expect(page.Locator("[data-kpi=submissions]")).ToBeVisibleAsync();
                before = reporter.ReportsSent;
                var console = await MeasureAsync(host, url, s_window);
                var consoleReports = reporter.ReportsSent - before;

                await page.GotoAsync("/dashboard/orleans/#/grains");
                await Assertions.Expect(page.GetByText("ProductGrain").First).ToBeVisibleAsync(new() { Timeout = 30_000 });
                var orleans = await MeasureAsync(host, url, s_window);
                await page.Context.CloseAsync();

                ratios.Add((console / closed, orleans / closed));
                output.WriteLine($"round {round}: closed {closed:F0} req/s ({closedReports} reports), console open {console:F0} req/s ({consoleReports} reports), "
                    + $"Orleans Dashboard open {orleans:F0} req/s; open/closed {console / closed:F3} and {orleans / closed:F3}");
            }

            var consoleMedian = ratios.Select(r => r.Console).Order().ElementAt(Rounds / 2);
            var orleansMedian = ratios.Select(r => r.Orleans).Order().ElementAt(Rounds / 2);
            output.WriteLine($"median open/closed: console {consoleMedian:F3} ({100 * (1 - consoleMedian):F1}% cost), Orleans Dashboard {orleansMedian:F3} ({100 * (1 - orleansMedian):F1}% cost)");
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
