namespace Ugc.Grains.Anomaly;

/// <summary>What the model expects for one hour.</summary>
/// <param name="Expected">The sub-cycle's fading average.</param>
/// <param name="Low">Counts below this are a drop: expected minus k deviations, raised to the event floor.</param>
/// <param name="High">Counts above this are a spike: expected plus k deviations.</param>
public sealed record AnomalyBand(double Expected, double Low, double High);
