using Ugc.Grains.Catalog;

namespace Ugc.Silo.Dashboard;

/// <summary>
/// Turns the pipeline's running totals into one sample: it only reads counters (no grain calls, no storage queries)
/// and subtracts the previous sample's.
/// </summary>
public sealed class PipelineSampler(FreshnessTracker freshness, DecisionMeterListener decisions)
{
    private IReadOnlyDictionary<string, long> _previousDecisions = new Dictionary<string, long>();
    private long _previousSubmissions;
    private DateTimeOffset? _previousTime;

    /// <summary>Takes a sample; not thread-safe, the collector calls it from its one loop.</summary>
    public DashboardSnapshot Sample(DateTimeOffset now)
    {
        var seconds = _previousTime is { } last ? Math.Max((now - last).TotalSeconds, 1e-3) : double.PositiveInfinity;
        _previousTime = now;

        var submissions = freshness.Submitted;
        var submissionRate = (submissions - _previousSubmissions) / seconds;
        _previousSubmissions = submissions;

        var decisionTotals = decisions.Totals();
        var decisionRates = decisionTotals.ToDictionary(d => d.Key, d => (d.Value - _previousDecisions.GetValueOrDefault(d.Key)) / seconds, StringComparer.Ordinal);
        _previousDecisions = decisionTotals;

        var sample = new DashboardSample(now, submissionRate, decisionRates, Lag(0.50), Lag(0.95), Lag(0.99));
        return new DashboardSnapshot(sample, decisionTotals, freshness.Count);
    }

    private double Lag(double quantile) => freshness.Count > 0 ? freshness.Percentile(quantile).TotalMilliseconds : 0;
}
