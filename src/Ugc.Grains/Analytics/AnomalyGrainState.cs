using Ugc.Contracts.Analytics;
using Ugc.Grains.Anomaly;

namespace Ugc.Grains.Analytics;

/// <summary>The model and the hour still counting: small, written at every record.</summary>
[GenerateSerializer, Alias("ugc.state.anomaly-grain-state")]
public sealed class AnomalyGrainState
{
    /// <summary>The model, null before the first hour closes.</summary>
    [Id(0)]
    public AnomalyModelState? Model { get; set; }

    /// <summary>The hour being counted, not yet fed to the model.</summary>
    [Id(1)]
    public DateTimeOffset? OpenHour { get; set; }

    /// <summary>Events counted in the open hour.</summary>
    [Id(2)]
    public double OpenCount { get; set; }
}

/// <summary>Closed hours and alerts: larger, written only when hours close.</summary>
[GenerateSerializer, Alias("ugc.state.anomaly-history-state")]
public sealed class AnomalyHistoryState
{
    /// <summary>The last closed hours with their bands, oldest first.</summary>
    [Id(0)]
    public List<SignalPoint> Points { get; set; } = [];

    /// <summary>The last alerts, oldest first.</summary>
    [Id(1)]
    public List<AnomalyAlert> Alerts { get; set; } = [];
}
