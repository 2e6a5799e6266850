using Ugc.Contracts.Operations;

namespace Ugc.Grains.Operations;

/// <summary>One silo as <see cref="PipelineAggregator"/> knows it: its newest report and the rates since the one before.</summary>
internal sealed class ReportingSilo(SiloPipelineReport first, DateTimeOffset receivedAt)
{
    private static readonly IReadOnlyDictionary<string, double> s_none = new Dictionary<string, double>();

    public SiloPipelineReport Last { get; private set; } = first;

    /// <summary>When the grain received the newest report, on the grain's clock.</summary>
    public DateTimeOffset ReceivedAt { get; private set; } = receivedAt;

    /// <summary>Submissions per second between the last two reports; 0 after the first.</summary>
    public double SubmissionsPerSecond { get; private set; }

    /// <summary>Decisions per second by outcome between the last two reports.</summary>
    public IReadOnlyDictionary<string, double> DecisionsPerSecond { get; private set; } = s_none;

    /// <summary>Whether the silo missed three of its announced reports: it stopped or lost touch.</summary>
    public bool IsGone(DateTimeOffset now) => now - ReceivedAt > 3 * Last.NextReportWithin;

    /// <summary>Takes a newer report; false (and nothing changes) for one not newer than the last, such as a retried call.</summary>
    public bool Advance(SiloPipelineReport report, DateTimeOffset receivedAt)
    {
        var seconds = (report.Time - Last.Time).TotalSeconds;
        if (seconds <= 0)
        {
            return false;
        }

        SubmissionsPerSecond = Math.Max(0, report.Submitted - Last.Submitted) / seconds;
        var previous = Last.Decisions;
        DecisionsPerSecond = report.Decisions.ToDictionary(
            d => d.Key, d => Math.Max(0, d.Value - previous.GetValueOrDefault(d.Key)) / seconds, StringComparer.Ordinal);
        Last = report;
        ReceivedAt = receivedAt;
        return true;
    }
}
