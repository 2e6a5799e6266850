using Ugc.Contracts.Operations;
using Ugc.Grains.Operations;

namespace Ugc.Grains.Tests.Operations;

public sealed class PipelineAggregatorTests
{
    private static readonly DateTimeOffset T0 = new(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);

    private static SiloPipelineReport Report(string silo, double second, long submitted, long approved = 0, long blocked = 0, double[]? lags = null) =>
        new(silo, T0.AddSeconds(second), submitted, new Dictionary<string, long> { ["approved"] = approved },
            new Dictionary<string, long> { ["device"] = blocked }, lags?.Length ?? 0, lags ?? [], TimeSpan.FromSeconds(10));

    [Fact]
    public void Totals_and_rates_are_summed_over_silos()
    {
        var aggregator = new PipelineAggregator();
        aggregator.Add(Report("a", 0, 100, approved: 90, blocked: 1), T0);
        aggregator.Add(Report("b", 0, 50, approved: 40), T0);
        aggregator.Add(Report("a", 5, 110, approved: 95, blocked: 2), T0.AddSeconds(5));
        aggregator.Add(Report("b", 5, 70, approved: 50), T0.AddSeconds(5));

        var stats = aggregator.Snapshot(T0.AddSeconds(5), 100);

        Assert.Equal(2, stats.Silos);
        Assert.Equal(180, stats.Submitted);
        Assert.Equal(145, stats.DecisionTotals["approved"]);
        Assert.Equal(2, stats.BlockTotals["device"]);
        Assert.Equal((10 + 20) / 5.0, stats.Current.SubmissionsPerSecond, 6);
        Assert.Equal((5 + 10) / 5.0, stats.Current.DecisionsPerSecond["approved"], 6);
    }

    [Fact]
    public void Rates_are_taken_over_five_seconds_of_reports_so_one_a_second_reads_as_one()
    {
        var aggregator = new PipelineAggregator();
        for (var i = 0; i <= 23; i++)
        {
            // One submission a second from a silo that reports twice a second: every other report sees none.
            aggregator.Add(Report("a", i / 2.0, i / 2), T0.AddSeconds(i / 2.0));
        }

        Assert.Equal(1.0, aggregator.Snapshot(T0.AddSeconds(11.5), 1).Current.SubmissionsPerSecond, 6);
    }

    [Fact]
    public void A_silo_that_stops_reporting_keeps_its_totals_but_leaves_the_rates()
    {
        var aggregator = new PipelineAggregator();
        aggregator.Add(Report("a", 0, 10, approved: 10), T0);
        aggregator.Add(Report("a", 5, 20, approved: 15), T0.AddSeconds(5));
        aggregator.Add(Report("b", 5, 6), T0.AddSeconds(5));
        aggregator.Add(Report("b", 30, 7), T0.AddSeconds(30));

        // "a" announced a report within 10 s; after 30 s without one it is gone. "b" keeps reporting.
        aggregator.Add(Report("b", 40, 8), T0.AddSeconds(40));
        var stats = aggregator.Snapshot(T0.AddSeconds(40), 100);

        Assert.Equal(1, stats.Silos);
        Assert.Equal(28, stats.Submitted);
        Assert.Equal(15, stats.DecisionTotals["approved"]);
        Assert.Equal(1 / 10.0, stats.Current.SubmissionsPerSecond, 6);
    }

    [Fact]
    public void A_silo_that_was_only_late_takes_its_totals_back_without_counting_them_twice()
    {
        var aggregator = new PipelineAggregator();
        aggregator.Add(Report("a", 0, 10), T0);
        Assert.Equal((0, 10L), (aggregator.Snapshot(T0.AddSeconds(31), 1).Silos, aggregator.Snapshot(T0.AddSeconds(31), 1).Submitted));

        aggregator.Add(Report("a", 40, 12), T0.AddSeconds(40));
        var stats = aggregator.Snapshot(T0.AddSeconds(40), 1);

        Assert.Equal((1, 12L), (stats.Silos, stats.Submitted));
        Assert.Equal(2 / 40.0, stats.Current.SubmissionsPerSecond, 6);
    }

    [Fact]
    public void Lag_percentiles_are_exact_over_every_silos_samples()
    {
        var aggregator = new PipelineAggregator();
        aggregator.Add(Report("a", 0, 0, lags: [.. Enumerable.Range(1, 50).Select(i => (double)i)]), T0);
        aggregator.Add(Report("b", 0, 0, lags: [.. Enumerable.Range(51, 50).Select(i => (double)i)]), T0);

        var stats = aggregator.Snapshot(T0, 1);

        Assert.Equal(100, stats.Published);
        Assert.Equal((50, 95, 99), (stats.Current.LagP50Ms, stats.Current.LagP95Ms, stats.Current.LagP99Ms));
    }

    [Fact]
    public void A_repeated_report_is_not_counted_twice()
    {
        var aggregator = new PipelineAggregator();
        var report = Report("a", 0, 5, lags: [1000]);
        aggregator.Add(Report("a", -1, 0, lags: [10]), T0);
        aggregator.Add(report, T0);
        aggregator.Add(report, T0.AddSeconds(1));

        var stats = aggregator.Snapshot(T0.AddSeconds(1), 10);

        // Two samples, 10 and 1000: a third (the repeat) would move the median to 1000.
        Assert.Equal(5, stats.Submitted);
        Assert.Equal((10, 1000), (stats.Current.LagP50Ms, stats.Current.LagP99Ms));
    }

    [Fact]
    public void History_takes_at_most_one_point_a_second_and_keeps_the_newest()
    {
        var aggregator = new PipelineAggregator(historyCapacity: 5);
        for (var i = 0; i < 40; i++)
        {
            // Four reports a second from two silos.
            aggregator.Add(Report(i % 2 == 0 ? "a" : "b", i, i), T0.AddMilliseconds(250 * i));
        }

        var history = aggregator.Snapshot(T0.AddSeconds(10), 100).History;

        Assert.Equal(5, history.Count);
        Assert.Equal([T0.AddSeconds(5), T0.AddSeconds(6), T0.AddSeconds(7), T0.AddSeconds(8), T0.AddSeconds(9)], history.Select(p => p.Time));
        Assert.Equal(2, aggregator.Snapshot(T0.AddSeconds(10), 2).History.Count);
    }
}
