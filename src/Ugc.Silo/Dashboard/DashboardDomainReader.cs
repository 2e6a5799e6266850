using Microsoft.Extensions.Options;
using Ugc.Contracts.Analytics;
using Ugc.Contracts.Clients;
using Ugc.Contracts.Moderation;

namespace Ugc.Silo.Dashboard;

/// <summary>
/// Reads the domain pages from the grains, on request only (never from the collector), fanning out over the clients
/// of <see cref="IClientDirectory"/> in parallel.
/// </summary>
public sealed class DashboardDomainReader(IGrainFactory grains, IClientDirectory directory, TimeProvider time, IOptions<DashboardOptions> options)
{
    private const int ItemsShown = 50;

    public async Task<ModerationResponse> ModerationAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var queues = await Task.WhenAll((await directory.GetClientIdsAsync(CancellationToken.None)).Select(async id =>
        {
            var items = await grains.GetGrain<IModerationQueueGrain>(id).GetAsync().WaitAsync(cancellationToken);
            var oldest = items.Count == 0 ? 0 : (now - items.Min(i => i.QueuedAt)).TotalSeconds;
            return new ModerationClientRow(id, items.Count(i => !i.Sampled), items.Count(i => i.Sampled), Math.Max(0, oldest),
                [.. items.OrderBy(i => i.Sampled).ThenBy(i => i.QueuedAt).Take(ItemsShown)]);
        }));
        var models = await Task.WhenAll(options.Value.Models.Select(m => grains.GetGrain<IModelGrain>(m).GetAsync().WaitAsync(cancellationToken)));
        return new ModerationResponse(queues, models);
    }

    public async Task<IReadOnlyList<AnomalyRow>> AnomaliesAsync(int hours, CancellationToken cancellationToken)
    {
        var since = time.GetUtcNow().AddDays(-7);
        var pairs = (await directory.GetClientIdsAsync(CancellationToken.None)).SelectMany(c => options.Value.Signals.Select(s => (Client: c, Signal: s)));
        var rows = await Task.WhenAll(pairs.Select(async p =>
        {
            var grain = grains.GetGrain<IAnomalyGrain>($"{p.Client}/{p.Signal}");
            var alerts = await grain.GetAlertsAsync(since).WaitAsync(cancellationToken);
            var series = await grain.GetSeriesAsync(hours).WaitAsync(cancellationToken);
            return new AnomalyRow(p.Client, p.Signal, alerts, series);
        }));

        // A signal that never saw an event has nothing to draw.
        return [.. rows.Where(r => r.Alerts.Count > 0 || r.Series.Any(p => p.Observed > 0 || p.Expected > 0))];
    }

    public async Task<IReadOnlyList<ClientRow>> ClientsAsync(CancellationToken cancellationToken)
    {
        var rows = await Task.WhenAll((await directory.GetClientIdsAsync(CancellationToken.None)).Select(async id =>
        {
            var grain = grains.GetGrain<IClientGrain>(id);
            if (await grain.GetAsync().WaitAsync(cancellationToken) is not { } client)
            {
                return null;
            }

            var products = await grain.GetProductIdsAsync().WaitAsync(cancellationToken);
            var activity = await grain.GetActivityAsync().WaitAsync(cancellationToken);
            return new ClientRow(id, client.Profile.Name, client.Profile.Kind.ToString(), products.Count,
                activity.ToDictionary(a => a.Key, a => a.Value.Values.Sum(), StringComparer.Ordinal),
                [.. client.Outgoing.Select(e => e.To)], [.. client.Incoming.Select(e => e.From)], client.Keys.Count(k => k.RevokedAt is null));
        }));
        return [.. rows.OfType<ClientRow>()];
    }
}
