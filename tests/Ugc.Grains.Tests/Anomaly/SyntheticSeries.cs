namespace Ugc.Grains.Tests.Anomaly;

/// <summary>An hourly count series with a daily cycle, a slow trend and Poisson noise, from a seed.</summary>
internal sealed class SyntheticSeries(int seed, double baseRate, double dailyTrend = 0.005, double amplitude = 0.6)
{
    public static readonly DateTimeOffset Start = new(2026, 1, 5, 0, 0, 0, TimeSpan.Zero);

    private readonly Random _random = new(seed);

    public static DateTimeOffset HourAt(int index) => Start.AddHours(index);

    /// <summary>The true mean rate at an hour: peak at 15:00 UTC, trough at 03:00.</summary>
    public double Rate(int index)
    {
        var hourOfDay = index % 24;
        var days = index / 24.0;
        return baseRate * (1 + (dailyTrend * days)) * (1 + (amplitude * Math.Sin(2 * Math.PI * (hourOfDay - 9) / 24)));
    }

    public double Next(int index) => Poisson(Rate(index));

    private double Poisson(double mean)
    {
        if (mean < 60)
        {
            // Knuth: exact for small means.
            var limit = Math.Exp(-mean);
            var k = 0;
            var p = _random.NextDouble();
            while (p > limit)
            {
                k++;
                p *= _random.NextDouble();
            }

            return k;
        }

        // Normal approximation with continuity, accurate for large means.
        var u1 = 1.0 - _random.NextDouble();
        var u2 = _random.NextDouble();
        var z = Math.Sqrt(-2 * Math.Log(u1)) * Math.Cos(2 * Math.PI * u2);
        return Math.Max(0, Math.Round(mean + (z * Math.Sqrt(mean))));
    }
}
