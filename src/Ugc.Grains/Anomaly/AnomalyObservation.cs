namespace Ugc.Grains.Anomaly;

/// <summary>One hour's count judged against the model's band as it stood before the count was learned.</summary>
/// <param name="Hour">The start of the hour (UTC).</param>
/// <param name="Observed">The count observed.</param>
/// <param name="Expected">The model's expectation.</param>
/// <param name="Low">The band's lower bound.</param>
/// <param name="High">The band's upper bound.</param>
/// <param name="Kind">The alert, if any.</param>
public sealed record AnomalyObservation(DateTimeOffset Hour, double Observed, double Expected, double Low, double High, AnomalyKind Kind);
