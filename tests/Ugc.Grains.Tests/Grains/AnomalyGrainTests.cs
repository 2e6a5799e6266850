using Orleans.Core.Internal;
using Ugc.Contracts.Analytics;
using Ugc.Grains.Anomaly;
using Ugc.Grains.Tests.Anomaly;
using Ugc.Grains.Tests.Infrastructure;
using Ugc.Testing;

namespace Ugc.Grains.Tests.Grains;

[Collection(GrainClusterCollection.Name)]
public sealed class AnomalyGrainTests(GrainClusterFixture fixture)
{
    private const int Weeks3 = 21 * 24;

    [Fact]
    public async Task Clean_weeks_raise_no_alert_then_a_spike_and_a_dropout_raise_their_kinds()
    {
        // The series lies in January, before the cluster's clock: every hour is closed as soon as it is recorded.
        var grain = fixture.Cluster.Client.GetGrain<IAnomalyGrain>("acme/submissions");
        var series = new SyntheticSeries(seed: 11, baseRate: 200);
        for (var i = 0; i < Weeks3; i++)
        {
            var count = (long)series.Next(i);
            await grain.RecordAsync(SyntheticSeries.HourAt(i).AddMinutes(5), count / 2);
            await grain.RecordAsync(SyntheticSeries.HourAt(i).AddMinutes(50), count - (count / 2));
        }

        var clean = (await grain.GetAlertsAsync(DateTimeOffset.MinValue)).Where(a => a.Hour < SyntheticSeries.HourAt(Weeks3)).ToList();
        Assert.True(clean.Count == 0, "false alerts: " + string.Join("; ", clean));

        var spike = Weeks3;
        var dropout = Weeks3 + 5;
        for (var i = Weeks3; i < Weeks3 + 10; i++)
        {
            // The dropout hour records nothing at all: the grain must judge it as zero.
            if (i != dropout)
            {
                await grain.RecordAsync(SyntheticSeries.HourAt(i), (long)(series.Next(i) * (i == spike ? 4 : 1)));
            }
        }

        var alerts = await grain.GetAlertsAsync(SyntheticSeries.HourAt(Weeks3));
        var inSeries = alerts.Where(a => a.Hour < SyntheticSeries.HourAt(Weeks3 + 10)).ToList();
        Assert.Equal(
            [(SyntheticSeries.HourAt(spike), "spike"), (SyntheticSeries.HourAt(dropout), "drop")],
            inSeries.Select(a => (a.Hour, a.Kind)));
        Assert.All(alerts, a => Assert.Equal("submissions", a.Signal));
        Assert.Equal(0, inSeries[1].Observed);
        Assert.True(inSeries[0].Observed > inSeries[0].High, $"spike {inSeries[0]}");

        // The clock has passed the series' end: the silence after it is a dropout too.
        Assert.Contains(alerts, a => a.Hour == SyntheticSeries.HourAt(Weeks3 + 10) && a.Kind == "drop");
    }

    [Fact]
    public async Task Hours_close_when_the_domain_clock_passes_them_without_events()
    {
        var grain = fixture.Cluster.Client.GetGrain<IAnomalyGrain>("acme/page-views");
        var now = fixture.Clock.GetUtcNow();
        var hour = HourlySignal.HourOf(now);

        await grain.RecordAsync(now, 7);
        await grain.RecordAsync(now, 3);
        Assert.Empty(await grain.GetSeriesAsync(24));

        fixture.Clock.Advance(TimeSpan.FromHours(3));
        await Poll.UntilAsync(async () => (await grain.GetSeriesAsync(24)).Count == 3, "the clock's timer closes three hours");

        var series = await grain.GetSeriesAsync(24);
        Assert.Equal([hour, hour.AddHours(1), hour.AddHours(2)], series.Select(p => p.Hour));
        Assert.Equal([10.0, 0, 0], series.Select(p => p.Observed));
        Assert.Equal(2, (await grain.GetSeriesAsync(2)).Count);
    }

    [Fact]
    public async Task Shuffled_batches_read_at_every_step_judge_as_one_ordered_ingest_across_reactivation()
    {
        var history = HourlySignalTests.History(seed: 7);
        var ordered = fixture.Cluster.Client.GetGrain<IAnomalyGrain>("in-order/clicks");
        var shuffled = fixture.Cluster.Client.GetGrain<IAnomalyGrain>("shuffled/clicks");
        foreach (var (hour, count) in history)
        {
            await ordered.RecordAsync(SyntheticSeries.HourAt(hour).AddMinutes(30), count);
        }

        foreach (var batch in HourlySignalTests.ShuffledBatches(history, seed: 3))
        {
            foreach (var (hour, count) in batch)
            {
                await shuffled.RecordAsync(SyntheticSeries.HourAt(hour).AddMinutes(30), count);
            }

            await shuffled.GetAlertsAsync(DateTimeOffset.MinValue);
            await shuffled.GetSeriesAsync(24);
        }

        var expected = await ordered.GetAlertsAsync(DateTimeOffset.MinValue);
        Assert.Contains(expected, a => a.Kind == "spike");
        Assert.Equal(expected, await shuffled.GetAlertsAsync(DateTimeOffset.MinValue));
        Assert.Equal(await ordered.GetSeriesAsync(HourlySignal.MaxPoints), await shuffled.GetSeriesAsync(HourlySignal.MaxPoints));

        // What was judged comes back from storage alike.
        await shuffled.Cast<IGrainManagementExtension>().DeactivateOnIdle();
        await Poll.UntilAsync(async () => (await shuffled.GetAlertsAsync(DateTimeOffset.MinValue)).SequenceEqual(expected),
            "the reactivated grain judges as before");
    }
}
