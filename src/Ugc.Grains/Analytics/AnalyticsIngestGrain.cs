using Ugc.Grains.Streams;
using Ugc.Contracts.Analytics;
using Ugc.Contracts.Clients;
using Ugc.Contracts.Content;

namespace Ugc.Grains.Analytics;

/// <summary>Feeds a client's page views, impressions and clicks to its anomaly models and daily counters.</summary>
[ImplicitStreamSubscription(StreamNames.Analytics)]
public sealed class AnalyticsIngestGrain : ImplicitConsumerGrain<AnalyticsEvent>, IAnalyticsIngestGrain
{
    private readonly Dictionary<string, long> _counts = new(StringComparer.Ordinal);

    public Task<IReadOnlyDictionary<string, long>> CountsAsync() => Task.FromResult<IReadOnlyDictionary<string, long>>(new Dictionary<string, long>(_counts));

    public override async Task OnNextAsync(AnalyticsEvent item, StreamSequenceToken? token = null)
    {
        var clientId = this.GetPrimaryKeyString();
        _counts[item.Type] = _counts.GetValueOrDefault(item.Type) + item.Count;
        await GrainFactory.GetGrain<IAnomalyGrain>($"{clientId}/{item.Type}").RecordAsync(item.Time, item.Count);
        await GrainFactory.GetGrain<IClientActivityGrain>(clientId).CountAsync(item.Type, DateOnly.FromDateTime(item.Time.UtcDateTime), item.Count);
    }
}
