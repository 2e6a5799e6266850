namespace Ugc.Grains.Anomaly;

/// <summary>
/// An on-line, fixed-memory model of an hourly event rate with a daily season: per hour of the day
/// a fading average and deviation. Deviations are fed through L·atan(d/L) so a burst cannot drag
/// the model; the deviation used for bands is pooled across hours and scaled by the square root of
/// each hour's level (counts are roughly Poisson), which settles in days where 24 separate
/// estimates, one sample a day each, would stay noisy for weeks. A pooled day-on-day trend
/// (Holt's method) keeps a growing or shrinking signal from lagging behind its averages.
/// </summary>
public sealed class AnomalyModel
{
    private const int HoursPerDay = 24;

    // Mean absolute deviation to standard deviation for Gaussian noise: sqrt(pi/2).
    private const double MadToSigma = 1.2533141373155;

    // Prior dispersion: the mean absolute deviation of Poisson counts is about 0.8·sqrt(mean).
    private const double PoissonDispersion = 0.8;

    // Plain averages of the first few samples move too much to say anything about a trend.
    private const int MinSamplesForTrend = 3;

    private readonly double[] _levels = new double[HoursPerDay];
    private readonly double[] _deviations = new double[HoursPerDay];
    private readonly int[] _samples = new int[HoursPerDay];
    private double _dispersion = PoissonDispersion;
    private int _dispersionSamples;
    private double _trend;

    /// <summary>Creates an untrained model.</summary>
    public AnomalyModel(AnomalyModelOptions? options = null) => Options = options ?? new AnomalyModelOptions();

    /// <summary>The model's tuning.</summary>
    public AnomalyModelOptions Options { get; }

    /// <summary>Hours observed so far.</summary>
    public long Observations { get; private set; }

    /// <summary>The last hour observed.</summary>
    public DateTimeOffset? LastHour { get; private set; }

    /// <summary>Whether the warm-up is over and alerts are raised.</summary>
    public bool IsWarm => Observations >= Options.WarmupHours;

    /// <summary>Restores a model saved with <see cref="ToState"/>.</summary>
    public static AnomalyModel FromState(AnomalyModelState state, AnomalyModelOptions? options = null)
    {
        if (state.Levels.Length != HoursPerDay || state.Deviations.Length != HoursPerDay || state.Samples.Length != HoursPerDay)
        {
            throw new ArgumentException("An anomaly model state holds 24 hourly values per array.", nameof(state));
        }

        var model = new AnomalyModel(options)
        {
            _dispersion = state.Dispersion,
            _dispersionSamples = state.DispersionSamples,
            _trend = state.Trend,
            Observations = state.Observations,
            LastHour = state.LastHour,
        };
        state.Levels.CopyTo(model._levels, 0);
        state.Deviations.CopyTo(model._deviations, 0);
        state.Samples.CopyTo(model._samples, 0);
        return model;
    }

    /// <summary>A copy of the model's state for persistence.</summary>
    public AnomalyModelState ToState() => new(
        (double[])_levels.Clone(), (double[])_deviations.Clone(), (int[])_samples.Clone(), _dispersion, _dispersionSamples, _trend, Observations, LastHour);

    /// <summary>The band the model expects for the hour containing <paramref name="hour"/>.</summary>
    public AnomalyBand Forecast(DateTimeOffset hour)
    {
        var h = HourOfDay(hour);
        var expected = Expected(h);
        var sigma = Sigma(h, expected);
        var k = Options.AlertDeviations;

        // Counts are skewed (a long upper tail when they are small): the Cornish-Fisher term for a
        // Poisson-like count moves both bounds up by (k²-1)/6 times its variance-to-mean ratio.
        var skew = (k * k - 1) / 6 * (sigma * sigma / Math.Max(expected, 1));
        var floor = expected >= Options.MinExpectedForFloor ? Options.FloorFraction * expected : 0;
        return new AnomalyBand(expected, Math.Max(expected - (k * sigma) + skew, floor), expected + (k * sigma) + skew);
    }

    /// <summary>Judges one hour's count against the current band, then learns it. Hours must arrive in order.</summary>
    public AnomalyObservation Observe(DateTimeOffset hourStart, double count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        if (!double.IsFinite(count))
        {
            throw new ArgumentOutOfRangeException(nameof(count), count, "A count must be a finite number.");
        }

        var hour = TruncateToHour(hourStart);
        if (LastHour is { } last && hour <= last)
        {
            throw new ArgumentOutOfRangeException(nameof(hourStart), hour, $"Hours must be observed in order; the last was {last:O}.");
        }

        var band = Forecast(hour);
        var kind = !IsWarm ? AnomalyKind.None
            : count > band.High ? AnomalyKind.Spike
            : count < band.Low ? AnomalyKind.Drop
            : AnomalyKind.None;
        Learn(HourOfDay(hour), count);
        Observations++;
        LastHour = hour;
        return new AnomalyObservation(hour, count, band.Expected, band.Low, band.High, kind);
    }

    private void Learn(int h, double count)
    {
        var n = ++_samples[h];
        if (n == 1)
        {
            // No forecast existed for this hour yet, so there is no deviation to learn from.
            _levels[h] = count;
            return;
        }

        var expected = Expected(h);
        var sigma = Sigma(h, expected);
        var limit = Options.CompressionDeviations * sigma;
        var deviation = count - expected;
        var compressed = limit > 0 ? limit * Math.Atan(deviation / limit) : deviation;

        // Early samples are averaged plainly (weight 1/n) so the warm-up converges fast.
        var previous = _levels[h];
        _levels[h] = Math.Max(0, expected + (Math.Max(Options.LevelAlpha, 1.0 / n) * compressed));
        if (n > MinSamplesForTrend)
        {
            // Holt's trend, pooled over all hours: the day-on-day relative change of the levels.
            var change = (_levels[h] - previous) / Math.Max(previous, 1);
            _trend = Math.Clamp(_trend + (Options.TrendAlpha * (change - _trend)), -Options.MaxDailyTrend, Options.MaxDailyTrend);
        }

        _deviations[h] += Math.Max(Options.DeviationAlpha, 1.0 / (n - 1)) * (Math.Abs(compressed) - _deviations[h]);
        var scaled = Math.Abs(compressed) / Math.Sqrt(Math.Max(expected, 1));
        _dispersion += Math.Max(Options.DispersionAlpha, 1.0 / (++_dispersionSamples + 1)) * (scaled - _dispersion);
    }

    private double Expected(int h)
    {
        if (_samples[h] > 0)
        {
            return _levels[h] * (1 + _trend);
        }

        // An hour never seen (early warm-up, gaps) borrows the mean of the hours that were.
        var seen = Enumerable.Range(0, HoursPerDay).Where(i => _samples[i] > 0).Select(i => _levels[i]).ToList();
        return seen.Count > 0 ? seen.Average() : 0;
    }

    private double Sigma(int h, double expected)
    {
        var pooled = _dispersion * Math.Sqrt(Math.Max(expected, 1));

        // An hour's own deviation may widen its band once it has samples enough, never narrow it.
        var weight = Math.Min(_samples[h] - 1, Options.OwnDeviationSamples) / (2.0 * Options.OwnDeviationSamples);
        var blended = weight > 0 ? ((1 - weight) * pooled) + (weight * _deviations[h]) : pooled;
        return MadToSigma * Math.Max(pooled, blended);
    }

    private static int HourOfDay(DateTimeOffset hour) => hour.UtcDateTime.Hour;

    private static DateTimeOffset TruncateToHour(DateTimeOffset time)
    {
        var utc = time.ToUniversalTime();
        return new DateTimeOffset(utc.Year, utc.Month, utc.Day, utc.Hour, 0, 0, TimeSpan.Zero);
    }
}
