using Ugc.Contracts.Analytics;
using Ugc.Grains.Analytics;
using Ugc.Grains.Anomaly;

namespace Ugc.Grains.Tests.Anomaly;

public sealed class HourlySignalTests
{
    private const int Hours = 21 * 24;
    private const int SpikeHour = 400;
    private const int DropHour = 450;
    private static readonly TimeSpan Lateness = TimeSpan.FromHours(48);

    /// <summary>Three weeks of a clean series with a 5x spike and an empty hour in the third week, as (hour index, count).</summary>
    internal static List<(int Hour, long Count)> History(int seed)
    {
        var series = new SyntheticSeries(seed, baseRate: 200);
        return [.. Enumerable.Range(0, Hours).Select(i => (i, i == DropHour ? 0L : (long)(series.Next(i) * (i == SpikeHour ? 5 : 1)))).Where(p => p.Item2 > 0)];
    }

    /// <summary>Six-hour batches shuffled within each 48-hour window: no event arrives more than 47 hours behind the newest.</summary>
    internal static List<List<(int Hour, long Count)>> ShuffledBatches(List<(int Hour, long Count)> history, int seed)
    {
        var random = new Random(seed);
        var batches = history.GroupBy(p => p.Hour / 6).Select(g => g.ToList()).ToList();
        return [.. batches.Select((batch, i) => (Batch: batch, Window: i / 8)).GroupBy(b => b.Window)
            .SelectMany(window => window.Select(b => b.Batch).OrderBy(_ => random.Next()))];
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Shuffled_batches_read_at_every_step_judge_as_one_ordered_ingest(int seed)
    {
        var history = History(11);
        var now = SyntheticSeries.HourAt(Hours).AddMinutes(30);
        var ordered = NewSignal();
        foreach (var (hour, count) in history)
        {
            ordered.Record(SyntheticSeries.HourAt(hour).AddMinutes(7), count);
            ordered.Advance(now.AddHours(-1));
        }

        var shuffled = NewSignal();
        foreach (var batch in ShuffledBatches(history, seed))
        {
            foreach (var (hour, count) in batch)
            {
                Assert.True(shuffled.Record(SyntheticSeries.HourAt(hour).AddMinutes(7), count), $"hour {hour} was dropped as late");
                shuffled.Advance(now.AddHours(-1));
            }

            // Reading in the middle of the ingest sees provisional hours and changes nothing.
            _ = shuffled.Alerts.ToList();
            _ = shuffled.Points.ToList();
        }

        Assert.Equal(Describe(ordered.Alerts), Describe(shuffled.Alerts));
        Assert.Equal(ordered.Points, shuffled.Points);
        Assert.Equal(Describe(ModelAlerts(history)), Describe(ordered.Alerts));
        Assert.Equal([(SyntheticSeries.HourAt(SpikeHour), "spike"), (SyntheticSeries.HourAt(DropHour), "drop")],
            ordered.Alerts.Select(a => (a.Hour, a.Kind)));
    }

    [Fact]
    public void A_closed_hour_is_judged_at_once_and_again_when_a_late_count_arrives()
    {
        var signal = NewSignal();
        var start = SyntheticSeries.HourAt(0);
        signal.Record(start.AddMinutes(5), 10);
        signal.Record(start.AddHours(2).AddMinutes(5), 30);
        signal.Advance(start.AddHours(2));
        Assert.Equal([10.0, 0, 30], signal.Points.Select(p => p.Observed));

        Assert.True(signal.Record(start.AddHours(1).AddMinutes(59), 20));
        signal.Advance(start.AddHours(2));
        Assert.Equal([10.0, 20, 30], signal.Points.Select(p => p.Observed));
    }

    [Fact]
    public void The_open_hour_is_not_judged_and_the_closed_frontier_never_moves_back()
    {
        var signal = NewSignal();
        var start = SyntheticSeries.HourAt(0);
        signal.Record(start.AddMinutes(5), 10);
        signal.Advance(start.AddHours(-1));
        Assert.Empty(signal.Points);

        signal.Advance(start);
        signal.Advance(start.AddHours(-5));
        Assert.Equal(start, signal.ClosedThrough);
        Assert.Single(signal.Points);
    }

    [Fact]
    public void An_event_later_than_the_lateness_behind_the_newest_is_not_counted()
    {
        var state = new AnomalyGrainState();
        var signal = new HourlySignal("pageview", Lateness, state, new AnomalyHistoryState());
        var start = SyntheticSeries.HourAt(0);
        signal.Record(start, 10);
        signal.Record(start.AddHours(60), 10);
        signal.Advance(start.AddHours(60));

        Assert.Equal(start.AddHours(11), signal.SettledThrough);
        Assert.False(signal.Record(start.AddHours(11).AddMinutes(30), 7));
        Assert.True(signal.Record(start.AddHours(12), 7));
        Assert.Equal(7, state.LateDropped);
    }

    [Fact]
    public void A_signal_restored_from_its_state_judges_as_before()
    {
        var state = new AnomalyGrainState();
        var history = new AnomalyHistoryState();
        var signal = new HourlySignal("pageview", Lateness, state, history);
        foreach (var (hour, count) in History(5).Take(300))
        {
            signal.Record(SyntheticSeries.HourAt(hour), count);
            signal.Advance(SyntheticSeries.HourAt(320));
        }

        var restored = new HourlySignal("pageview", Lateness, state, history);

        Assert.NotNull(restored.SettledThrough);
        Assert.Equal(signal.Points, restored.Points);
        Assert.Equal(signal.Alerts, restored.Alerts);
    }

    [Fact]
    public void A_long_silence_feeds_at_most_MaxEmptyRun_empty_hours()
    {
        var signal = NewSignal();
        var start = SyntheticSeries.HourAt(0);
        signal.Record(start, 10);
        signal.Record(start.AddHours(1000), 10);
        signal.Advance(start.AddHours(1000));

        // Hour 0, then MaxEmptyRun empty hours, then the next count: the hours between were skipped.
        var points = signal.Points.ToList();
        Assert.Equal(start.AddHours(1000), points[^1].Hour);
        Assert.Equal(start.AddHours(HourlySignal.MaxEmptyRun), points[^2].Hour);
        Assert.DoesNotContain(points, p => p.Hour > start.AddHours(HourlySignal.MaxEmptyRun) && p.Hour < start.AddHours(1000));
    }

    private static HourlySignal NewSignal() => new("pageview", Lateness, new AnomalyGrainState(), new AnomalyHistoryState());

    private static List<AnomalyAlert> ModelAlerts(List<(int Hour, long Count)> history)
    {
        var counts = history.ToDictionary(p => p.Hour, p => p.Count);
        var model = new AnomalyModel();
        var alerts = new List<AnomalyAlert>();
        for (var i = 0; i < Hours; i++)
        {
            var o = model.Observe(SyntheticSeries.HourAt(i), counts.GetValueOrDefault(i));
            if (o.Kind != AnomalyKind.None)
            {
                alerts.Add(new AnomalyAlert("pageview", o.Hour, o.Observed, o.Expected, o.Low, o.High, o.Kind == AnomalyKind.Spike ? "spike" : "drop"));
            }
        }

        return alerts;
    }

    private static List<string> Describe(IEnumerable<AnomalyAlert> alerts) => [.. alerts.Select(a => $"{a.Hour:O} {a.Kind} {a.Observed} {a.Expected:R} {a.Low:R} {a.High:R}")];
}
