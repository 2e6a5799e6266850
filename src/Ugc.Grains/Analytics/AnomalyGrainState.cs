using Ugc.Grains.Anomaly;

namespace Ugc.Grains.Analytics;

/// <summary>The settled model and the counts of the hours not settled yet: small, written at every record.</summary>
[GenerateSerializer, Alias("ugc.state.anomaly-grain-state")]
public sealed class AnomalyGrainState
{
    /// <summary>The model over the settled hours, null before the first hour settles.</summary>
    [Id(0)]
    public AnomalyModelState? Model { get; set; }

    // Ids 1 and 2 held the one open hour of the earlier design: not to be reused.

    /// <summary>Counts of the hours after the settled model, by hour start (UTC).</summary>
    [Id(3)]
    public Dictionary<DateTimeOffset, double> Pending { get; set; } = [];

    /// <summary>The newest hour a count was recorded for; hours more than the lateness older are final.</summary>
    [Id(4)]
    public DateTimeOffset? Watermark { get; set; }

    /// <summary>The last hour judged (every hour up to it had ended by the domain clock).</summary>
    [Id(5)]
    public DateTimeOffset? ClosedThrough { get; set; }

    /// <summary>Consecutive empty hours the settled model ended with.</summary>
    [Id(6)]
    public int EmptyRun { get; set; }

    /// <summary>Events not counted because their hour had settled.</summary>
    [Id(7)]
    public double LateDropped { get; set; }
}
