namespace Ugc.Grains.Anomaly;

/// <summary>Tuning of an <see cref="AnomalyModel"/>.</summary>
public sealed record AnomalyModelOptions
{
    /// <summary>Weight of a new day's count in its hour's fading average.</summary>
    /// <value>The default is 0.15: about a week of memory, so a slow trend is followed with little lag.</value>
    [Id(0)]
    public double LevelAlpha { get; init; } = 0.15;

    /// <summary>Weight of a new deviation in its hour's own fading deviation.</summary>
    /// <value>The default is 0.1.</value>
    [Id(1)]
    public double DeviationAlpha { get; init; } = 0.1;

    /// <summary>Weight of each hour's scaled deviation in the pooled dispersion (24 updates a day).</summary>
    /// <value>The default is 0.02: a memory of about two days.</value>
    [Id(2)]
    public double DispersionAlpha { get; init; } = 0.02;

    /// <summary>Weight of each hour's level change in the pooled daily trend.</summary>
    /// <value>The default is 0.05: about two days of level changes.</value>
    [Id(3)]
    public double TrendAlpha { get; init; } = 0.05;

    /// <summary>The largest daily trend the model follows, as a fraction (either sign).</summary>
    /// <value>The default is 0.05 (5% a day); steeper change is an anomaly, not a trend.</value>
    [Id(4)]
    public double MaxDailyTrend { get; init; } = 0.05;

    /// <summary>L in L·atan(d/L), in standard deviations.</summary>
    /// <value>The default is 4: near-identity for noise, a burst moves the model by at most π/2·L.</value>
    [Id(5)]
    public double CompressionDeviations { get; init; } = 4;

    /// <summary>k: the band's half-width in standard deviations.</summary>
    /// <value>The default is 4, so Gaussian noise crosses it about once in two years of hours.</value>
    [Id(6)]
    public double AlertDeviations { get; init; } = 4;

    /// <summary>The event floor as a fraction of the expectation: counts below it are always a drop.</summary>
    /// <value>The default is 0.03.</value>
    [Id(7)]
    public double FloorFraction { get; init; } = 0.03;

    /// <summary>The floor applies only from this expectation up, where an empty hour is implausible by chance.</summary>
    /// <value>The default is 10 (a Poisson count of mean 10 is zero once in 22,000 hours).</value>
    [Id(8)]
    public double MinExpectedForFloor { get; init; } = 10;

    /// <summary>Hours observed before alerts are raised.</summary>
    /// <value>The default is 168 (a week: each hour of the day has seven samples).</value>
    [Id(9)]
    public int WarmupHours { get; init; } = 168;

    /// <summary>A sub-cycle's own deviation gets full weight (half of the blend) after this many samples.</summary>
    /// <value>The default is 14.</value>
    [Id(10)]
    public int OwnDeviationSamples { get; init; } = 14;
}
