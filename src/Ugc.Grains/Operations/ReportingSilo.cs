using Ugc.Contracts.Operations;

namespace Ugc.Grains.Operations;

/// <summary>
/// One silo as <see cref="PipelineAggregator"/> knows it: its newest report, and rates over the last
/// <see cref="RateWindow"/> of its reports (over one report interval when it reports less often), so one submission a
/// second reads as 1/s rather than alternating 0 and 2.
/// </summary>
internal sealed class ReportingSilo(SiloPipelineReport first, DateTimeOffset receivedAt)
{
    /// <summary>The span rates are taken over.</summary>
    public static readonly TimeSpan RateWindow = TimeSpan.FromSeconds(5);

    private static readonly IReadOnlyDictionary<string, double> s_none = new Dictionary<string, double>();
    private readonly Queue<SiloPipelineReport> _earlier = new();

    public SiloPipelineReport Last { get; private set; } = first;

    /// <summary>When the grain received the newest report, on the grain's clock.</summary>
    public DateTimeOffset ReceivedAt { get; private set; } = receivedAt;

    /// <summary>Submissions per second over the rate window; 0 after the first report.</summary>
    public double SubmissionsPerSecond { get; private set; }

    /// <summary>Decisions per second by outcome over the rate window.</summary>
    public IReadOnlyDictionary<string, double> DecisionsPerSecond { get; private set; } = s_none;

    /// <summary>Whether the silo missed three of its announced reports: it stopped or lost touch.</summary>
    public bool IsGone(DateTimeOffset now) => now - ReceivedAt > 3 * Last.NextReportWithin;

    /// <summary>Takes a newer report; false (and nothing changes) for one not newer than the last, such as a retried call.</summary>
    public bool Advance(SiloPipelineReport report, DateTimeOffset receivedAt)
    {
        if (report.Time <= Last.Time)
        {
            return false;
        }

        _earlier.Enqueue(Last);
        // Keep the newest report at least a window old as the base, and nothing older.
        while (_earlier.Count > 1 && report.Time - _earlier.ElementAt(1).Time >= RateWindow)
        {
            _earlier.Dequeue();
        }

        var from = _earlier.Peek();
        var seconds = (report.Time - from.Time).TotalSeconds;
        SubmissionsPerSecond = Math.Max(0, report.Submitted - from.Submitted) / seconds;
        DecisionsPerSecond = report.Decisions.ToDictionary(
            d => d.Key, d => Math.Max(0, d.Value - from.Decisions.GetValueOrDefault(d.Key)) / seconds, StringComparer.Ordinal);
        Last = report;
        ReceivedAt = receivedAt;
        return true;
    }
}
