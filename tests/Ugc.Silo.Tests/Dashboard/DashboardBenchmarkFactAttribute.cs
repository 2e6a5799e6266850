namespace Ugc.Silo.Tests.Dashboard;

/// <summary>
/// A measurement, not a test: skipped (with the reason shown) unless UGC_DASHBOARD_BENCH=1, so the test command never
/// runs it and it never passes without measuring.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class DashboardBenchmarkFactAttribute : FactAttribute
{
    public DashboardBenchmarkFactAttribute()
    {
        if (Environment.GetEnvironmentVariable("UGC_DASHBOARD_BENCH") != "1")
        {
            Skip = "Benchmark: run with UGC_DASHBOARD_BENCH=1 (and Chromium at /usr/bin/chromium); figures go to docs/BENCHMARKS.md.";
        }
    }
}
