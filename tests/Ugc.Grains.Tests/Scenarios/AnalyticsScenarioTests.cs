using Ugc.Testing;
using Ugc.Contracts.Analytics;
using Ugc.Contracts.Clients;
using Ugc.Contracts.Content;

namespace Ugc.Grains.Tests.Scenarios;

[Collection(DomainCollection.Name)]
public sealed class AnalyticsScenarioTests(DomainFixture domain)
{
    [Fact]
    public async Task Page_views_on_the_analytics_stream_reach_the_clients_anomaly_model_and_counters()
    {
        var client = await domain.CreateClientAsync("shop", ClientKind.Retailer);
        var start = new DateTimeOffset(2026, 11, 1, 0, 0, 0, TimeSpan.Zero);
        var stream = domain.Streams
            .GetStream<AnalyticsEvent>(StreamId.Create(StreamNames.Analytics, client));

        await stream.OnNextBatchAsync(Enumerable.Range(0, 6).Select(h => new AnalyticsEvent("pageview", null, start.AddHours(h).AddMinutes(5), 100 + h)));

        var ingest = domain.Grains.GetGrain<IAnalyticsIngestGrain>(client);
        await Poll.UntilAsync(async () => (await ingest.CountsAsync()).GetValueOrDefault("pageview") == 615, "all six batches are ingested");
        var anomaly = domain.Grains.GetGrain<IAnomalyGrain>($"{client}/pageview");
        await anomaly.FlushAsync(start.AddHours(6));
        var series = await anomaly.GetSeriesAsync(24);
        Assert.Equal([100, 101, 102, 103, 104, 105], series.Select(p => p.Observed));
        var activity = await domain.Grains.GetGrain<IClientGrain>(client).GetActivityAsync();
        Assert.Equal(615, activity["pageview"][DateOnly.FromDateTime(start.UtcDateTime)]);
    }
}
