using System.Diagnostics.Metrics;

namespace Ugc.Grains.Catalog;

/// <summary>
/// Submit-to-visible lag of this silo: from the acknowledged submission to its appearance in a product's read model,
/// as a histogram (meter <c>Ugc.Pipeline</c>) and as exact percentiles over a recent window for the dashboard.
/// </summary>
public sealed class FreshnessTracker
{
    public const string MeterName = "Ugc.Pipeline";

    private readonly LagWindow _lag = new();
    private readonly Histogram<double> _histogram;
    private readonly Counter<long> _decisions;
    private readonly Counter<long> _blocks;
    private readonly Counter<long> _submissions;
    private long _submitted;

    public FreshnessTracker(IMeterFactory meters)
    {
        var meter = meters.Create(MeterName);
        _histogram = meter.CreateHistogram<double>("ugc.content.visible.lag", "ms", "From an acknowledged submission to its visibility in reads.");
        _decisions = meter.CreateCounter<long>("ugc.content.decisions", "{decision}", "Moderation decisions by outcome.");
        _submissions = meter.CreateCounter<long>("ugc.submissions.accepted", "{submission}", "Submissions durably appended to the pipeline.");
        _blocks = meter.CreateCounter<long>("ugc.submission.blocks", "{submission}", "Submissions refused by velocity checks, by the check that refused them.");
    }

    /// <summary>Published contents measured.</summary>
    public long Count => _lag.Count;

    public void RecordVisible(TimeSpan lag)
    {
        _lag.Record(lag.TotalMilliseconds);
        _histogram.Record(lag.TotalMilliseconds);
    }

    /// <summary>The lags (ms) recorded after <paramref name="cursor"/> and the cursor for next time, for the cluster-wide figures.</summary>
    public (double[] Samples, long Next) LagSince(long cursor) => _lag.Since(cursor);

    /// <summary>Submissions accepted by this silo since start.</summary>
    public long Submitted => Interlocked.Read(ref _submitted);

    public void RecordSubmission()
    {
        Interlocked.Increment(ref _submitted);
        _submissions.Add(1);
    }

    public void RecordVelocityBlock(string kind) => _blocks.Add(1, new KeyValuePair<string, object?>("kind", kind));

    public void RecordDecision(string outcome) => _decisions.Add(1, new KeyValuePair<string, object?>("outcome", outcome));

    /// <summary>The lag at a quantile over the most recent publications of this silo.</summary>
    public TimeSpan Percentile(double quantile) => TimeSpan.FromMilliseconds(_lag.Percentile(quantile));
}
