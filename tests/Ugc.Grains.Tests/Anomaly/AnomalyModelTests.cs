using System.Text.Json;
using Ugc.Grains.Anomaly;

namespace Ugc.Grains.Tests.Anomaly;

public class AnomalyModelTests
{
    private const int Day = 24;
    private const int WarmupDays = 7;

    [Theory]
    [InlineData(1, 1000)]
    [InlineData(2, 1000)]
    [InlineData(3, 200)]
    [InlineData(4, 40)]
    [InlineData(5, 20)]
    public void Two_clean_weeks_after_warm_up_raise_no_alert(int seed, double baseRate)
    {
        var series = new SyntheticSeries(seed, baseRate);
        var model = new AnomalyModel();
        var alerts = new List<AnomalyObservation>();
        for (var i = 0; i < (WarmupDays + 14) * Day; i++)
        {
            var observation = model.Observe(SyntheticSeries.HourAt(i), series.Next(i));
            if (observation.Kind != AnomalyKind.None)
            {
                alerts.Add(observation);
            }
        }

        Assert.True(alerts.Count == 0, "false alerts: " + string.Join("; ", alerts));
    }

    [Fact]
    public void Warm_up_raises_no_alert_even_for_wild_counts()
    {
        var model = new AnomalyModel();
        for (var i = 0; i < model.Options.WarmupHours; i++)
        {
            Assert.Equal(AnomalyKind.None, model.Observe(SyntheticSeries.HourAt(i), i % 2 == 0 ? 0 : 10_000).Kind);
        }

        Assert.True(model.IsWarm);
    }

    [Fact]
    public void Flags_a_spike_and_a_dropout()
    {
        var (model, series, next) = Trained(seed: 11, baseRate: 1000, days: WarmupDays + 14);

        var peak = next + 15;
        for (var i = next; i < peak; i++)
        {
            Assert.Equal(AnomalyKind.None, model.Observe(SyntheticSeries.HourAt(i), series.Next(i)).Kind);
        }

        var spike = model.Observe(SyntheticSeries.HourAt(peak), 2 * series.Rate(peak));
        Assert.Equal(AnomalyKind.Spike, spike.Kind);
        Assert.InRange(spike.Expected, 0.9 * series.Rate(peak), 1.1 * series.Rate(peak));

        var drop = model.Observe(SyntheticSeries.HourAt(peak + 1), 5);
        Assert.Equal(AnomalyKind.Drop, drop.Kind);
    }

    [Fact]
    public void The_event_floor_catches_a_weak_signal_failing()
    {
        var (model, series, next) = Trained(seed: 12, baseRate: 10, days: WarmupDays + 14, amplitude: 0.25);
        var hour = next + 15;
        for (var i = next; i < hour; i++)
        {
            model.Observe(SyntheticSeries.HourAt(i), series.Next(i));
        }

        var band = model.Forecast(SyntheticSeries.HourAt(hour));
        Assert.True(band.Expected >= model.Options.MinExpectedForFloor, $"expected {band.Expected:F1} is too weak for the floor");

        // For a weak signal the band alone reaches below the floor, so the floor is what sets the low bound.
        Assert.Equal(model.Options.FloorFraction * band.Expected, band.Low, precision: 9);

        Assert.Equal(AnomalyKind.Drop, model.Observe(SyntheticSeries.HourAt(hour), 0).Kind);
    }

    [Fact]
    public void A_spike_does_not_distort_the_next_day()
    {
        var options = new AnomalyModelOptions();
        var (withSpike, followsSpike) = RunSpikeDay(options);
        var (_, followsClean) = RunSpikeDay(options, spikeFactor: 1);

        for (var h = 0; h < Day; h++)
        {
            var relative = Math.Abs(followsSpike[h].Expected - followsClean[h].Expected) / followsClean[h].Expected;
            Assert.True(relative < 0.04, $"hour {h}: expected {followsSpike[h].Expected:F0} after the spike vs {followsClean[h].Expected:F0} without");
        }

        Assert.DoesNotContain(followsSpike, o => o.Kind != AnomalyKind.None);
        Assert.Equal(AnomalyKind.Spike, withSpike.Kind);
    }

    [Fact]
    public void Without_compression_the_same_spike_drags_the_model()
    {
        var uncompressed = new AnomalyModelOptions { CompressionDeviations = 1e9 };
        var (_, followsSpike) = RunSpikeDay(uncompressed);
        var (_, followsClean) = RunSpikeDay(uncompressed, spikeFactor: 1);

        var relative = (followsSpike[15].Expected - followsClean[15].Expected) / followsClean[15].Expected;
        Assert.True(relative > 0.5, $"an uncompressed 5x spike moved the next day's expectation by only {relative:P0}");
    }

    [Fact]
    public void State_round_trips_through_json()
    {
        var (model, series, next) = Trained(seed: 13, baseRate: 500, days: 9);
        var json = JsonSerializer.Serialize(model.ToState());
        var restored = AnomalyModel.FromState(JsonSerializer.Deserialize<AnomalyModelState>(json)!);

        for (var i = next; i < next + Day; i++)
        {
            var count = series.Next(i);
            Assert.Equal(model.Observe(SyntheticSeries.HourAt(i), count), restored.Observe(SyntheticSeries.HourAt(i), count));
        }
    }

    [Fact]
    public void Hours_must_arrive_in_order()
    {
        var model = new AnomalyModel();
        model.Observe(SyntheticSeries.HourAt(5).AddMinutes(20), 3);
        Assert.Equal(SyntheticSeries.HourAt(5), model.LastHour);
        Assert.Throws<ArgumentOutOfRangeException>(() => model.Observe(SyntheticSeries.HourAt(5).AddMinutes(40), 3));
        Assert.Throws<ArgumentOutOfRangeException>(() => model.Observe(SyntheticSeries.HourAt(4), 3));
    }

    private static (AnomalyModel Model, SyntheticSeries Series, int Next) Trained(int seed, double baseRate, int days, double amplitude = 0.6)
    {
        var series = new SyntheticSeries(seed, baseRate, amplitude: amplitude);
        var model = new AnomalyModel();
        for (var i = 0; i < days * Day; i++)
        {
            model.Observe(SyntheticSeries.HourAt(i), series.Next(i));
        }

        return (model, series, days * Day);
    }

    // Trains three clean weeks, replaces 15:00 on the next day by spikeFactor times its rate, and returns that hour and the day after.
    private static (AnomalyObservation Spike, List<AnomalyObservation> NextDay) RunSpikeDay(AnomalyModelOptions options, double spikeFactor = 5)
    {
        var series = new SyntheticSeries(21, 1000);
        var model = new AnomalyModel(options);
        var spikeHour = ((WarmupDays + 14) * Day) + 15;
        AnomalyObservation? spike = null;
        var nextDay = new List<AnomalyObservation>();
        for (var i = 0; i < spikeHour + Day + 9; i++)
        {
            var count = series.Next(i);
            var observation = model.Observe(SyntheticSeries.HourAt(i), i == spikeHour ? spikeFactor * series.Rate(i) : count);
            if (i == spikeHour)
            {
                spike = observation;
            }
            else if (i >= spikeHour + 9)
            {
                nextDay.Add(observation);
            }
        }

        // nextDay starts at 00:00 on the day after the spike.
        return (spike!, nextDay);
    }
}
