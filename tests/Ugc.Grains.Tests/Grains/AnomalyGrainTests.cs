using Ugc.Contracts.Analytics;
using Ugc.Grains.Tests.Anomaly;

namespace Ugc.Grains.Tests.Grains;

[Collection(GrainClusterCollection.Name)]
public sealed class AnomalyGrainTests(GrainClusterFixture fixture)
{
    private const int Weeks3 = 21 * 24;

    [Fact]
    public async Task Clean_weeks_raise_no_alert_then_a_spike_and_a_dropout_raise_their_kinds()
    {
        var grain = fixture.Cluster.Client.GetGrain<IAnomalyGrain>("acme/submissions");
        var series = new SyntheticSeries(seed: 11, baseRate: 200);

        // A warm-up week and two clean weeks, each hour's count split over two records.
        for (var i = 0; i < Weeks3; i++)
        {
            var count = (long)series.Next(i);
            await grain.RecordAsync(SyntheticSeries.HourAt(i).AddMinutes(5), count / 2);
            await grain.RecordAsync(SyntheticSeries.HourAt(i).AddMinutes(50), count - (count / 2));
        }

        await grain.FlushAsync(SyntheticSeries.HourAt(Weeks3));
        var clean = await grain.GetAlertsAsync(DateTimeOffset.MinValue);
        Assert.True(clean.Count == 0, "false alerts: " + string.Join("; ", clean));

        var spike = Weeks3;
        var dropout = Weeks3 + 5;
        for (var i = Weeks3; i < Weeks3 + 10; i++)
        {
            // The dropout hour records nothing at all: the grain must feed it to the model as zero.
            if (i != dropout)
            {
                await grain.RecordAsync(SyntheticSeries.HourAt(i), (long)(series.Next(i) * (i == spike ? 4 : 1)));
            }
        }

        await grain.FlushAsync(SyntheticSeries.HourAt(Weeks3 + 10));
        var alerts = await grain.GetAlertsAsync(SyntheticSeries.HourAt(Weeks3));

        Assert.Equal(
            [(SyntheticSeries.HourAt(spike), "spike"), (SyntheticSeries.HourAt(dropout), "drop")],
            alerts.Select(a => (a.Hour, a.Kind)));
        Assert.All(alerts, a => Assert.Equal("submissions", a.Signal));
        Assert.Equal(0, alerts[1].Observed);
        Assert.True(alerts[0].Observed > alerts[0].High, $"spike {alerts[0]}");
    }

    [Fact]
    public async Task Series_keeps_the_last_hours_in_order_and_flush_closes_silent_hours()
    {
        var grain = fixture.Cluster.Client.GetGrain<IAnomalyGrain>("acme/page-views");
        var start = new DateTimeOffset(2026, 3, 1, 0, 0, 0, TimeSpan.Zero);

        await grain.RecordAsync(start.AddMinutes(10), 7);
        await grain.RecordAsync(start.AddMinutes(20), 3);
        Assert.Empty(await grain.GetSeriesAsync(24));

        await grain.FlushAsync(start.AddHours(3).AddMinutes(1));
        var series = await grain.GetSeriesAsync(24);

        Assert.Equal([start, start.AddHours(1), start.AddHours(2)], series.Select(p => p.Hour));
        Assert.Equal([10.0, 0, 0], series.Select(p => p.Observed));
        Assert.Equal(2, (await grain.GetSeriesAsync(2)).Count);
    }
}
