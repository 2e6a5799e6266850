using Ugc.Testing;
using Ugc.Contracts.Analytics;
using Ugc.Contracts.Clients;
using Ugc.Contracts.Content;
using Ugc.Grains.Anomaly;

namespace Ugc.Grains.Tests.Scenarios;

[Collection(DomainCollection.Name)]
public sealed class AnalyticsScenarioTests(DomainFixture domain)
{
    [Fact]
    public async Task Page_views_on_the_analytics_stream_reach_the_clients_anomaly_model_and_counters()
    {
        var client = await domain.CreateClientAsync("shop", ClientKind.Retailer);
        var start = HourlySignal.HourOf(DateTimeOffset.UtcNow).AddHours(-8);
        var stream = domain.Streams
            .GetStream<AnalyticsEvent>(StreamId.Create(StreamNames.Analytics, client));

        await stream.OnNextBatchAsync(Enumerable.Range(0, 6).Select(h => new AnalyticsEvent("pageview", null, start.AddHours(h).AddMinutes(5), 100 + h)));

        var ingest = domain.Grains.GetGrain<IAnalyticsIngestGrain>(client);
        await Poll.UntilAsync(async () => (await ingest.CountsAsync()).GetValueOrDefault("pageview") == 615, "all six batches are ingested");

        // The hours lie in the past, so each is judged as it is recorded.
        var anomaly = domain.Grains.GetGrain<IAnomalyGrain>($"{client}/pageview");
        IReadOnlyList<SignalPoint> series = [];
        await Poll.UntilAsync(async () => (series = await anomaly.GetSeriesAsync(24)).Where(p => p.Hour < start.AddHours(6)).Sum(p => p.Observed) == 615,
            "the six hours are judged");
        Assert.Equal([100, 101, 102, 103, 104, 105], series.Where(p => p.Hour < start.AddHours(6)).Select(p => p.Observed));
        Assert.All(series.Where(p => p.Hour >= start.AddHours(6)), p => Assert.Equal(0, p.Observed));

        var activity = domain.Grains.GetGrain<IClientActivityGrain>(client);
        await Poll.UntilAsync(async () => (await activity.GetAsync()).GetValueOrDefault("pageview")?.Values.Sum() == 615, "the daily counters hold all views");
    }
}
