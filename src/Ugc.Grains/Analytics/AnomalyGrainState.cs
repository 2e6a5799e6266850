using Ugc.Contracts.Analytics;
using Ugc.Grains.Anomaly;

namespace Ugc.Grains.Analytics;

/// <summary>The model and the hour still counting: small, written at every record.</summary>
public sealed class AnomalyGrainState
{
    /// <summary>The model, null before the first hour closes.</summary>
    public AnomalyModelState? Model { get; set; }

    /// <summary>The hour being counted, not yet fed to the model.</summary>
    public DateTimeOffset? OpenHour { get; set; }

    /// <summary>Events counted in the open hour.</summary>
    public double OpenCount { get; set; }
}

/// <summary>Closed hours and alerts: larger, written only when hours close.</summary>
public sealed class AnomalyHistoryState
{
    /// <summary>The last closed hours with their bands, oldest first.</summary>
    public List<SignalPoint> Points { get; set; } = [];

    /// <summary>The last alerts, oldest first.</summary>
    public List<AnomalyAlert> Alerts { get; set; } = [];
}
