namespace Ugc.Grains.Anomaly;

/// <summary>The persisted form of an <see cref="AnomalyModel"/>: a few hundred bytes whatever its age.</summary>
/// <param name="Levels">Per hour of day (UTC), the fading average count.</param>
/// <param name="Deviations">Per hour of day, the fading mean absolute (compressed) deviation.</param>
/// <param name="Samples">Per hour of day, how many counts it has learned.</param>
/// <param name="Dispersion">Pooled mean absolute deviation per square root of level (about 0.8 for Poisson counts).</param>
/// <param name="DispersionSamples">How many deviations the pooled estimate has learned.</param>
/// <param name="Trend">The pooled relative change of the levels from one day to the next.</param>
/// <param name="Observations">How many hours the model has seen.</param>
/// <param name="LastHour">The last hour observed, if any.</param>
[GenerateSerializer, Alias("ugc.state.anomaly-model-state")]
public sealed record AnomalyModelState(
    [property: Id(0)] double[] Levels,
    [property: Id(1)] double[] Deviations,
    [property: Id(2)] int[] Samples,
    [property: Id(3)] double Dispersion,
    [property: Id(4)] int DispersionSamples,
    [property: Id(5)] double Trend,
    [property: Id(6)] long Observations,
    [property: Id(7)] DateTimeOffset? LastHour);
