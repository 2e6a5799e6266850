using Ugc.Contracts.Analytics;

namespace Ugc.Grains.Analytics;

/// <summary>Points and alerts of the settled hours: larger, written only when hours settle.</summary>
[GenerateSerializer, Alias("ugc.state.anomaly-history-state")]
public sealed class AnomalyHistoryState
{
    /// <summary>The last settled hours with their bands, oldest first.</summary>
    [Id(0)]
    public List<SignalPoint> Points { get; set; } = [];

    /// <summary>The last settled alerts, oldest first.</summary>
    [Id(1)]
    public List<AnomalyAlert> Alerts { get; set; } = [];
}
