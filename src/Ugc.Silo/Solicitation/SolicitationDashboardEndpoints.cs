using Microsoft.AspNetCore.Http.HttpResults;
using Ugc.Contracts.Clients;
using Ugc.Contracts.Solicitation;
using Ugc.Silo.Dashboard;

namespace Ugc.Silo.Solicitation;

/// <summary>The console's solicitation tab: <c>GET /dashboard/api/solicitation?days=14</c>, per client and day.</summary>
public static class SolicitationDashboardEndpoints
{
    public static RouteGroupBuilder MapSolicitationDashboardApi(this RouteGroupBuilder api)
    {
        api.MapGet("/solicitation", ReportAsync);
        return api;
    }

    private static async Task<Ok<IReadOnlyList<SolicitationClientRow>>> ReportAsync(
        int? days, IClientDirectory directory, IGrainFactory grains, [FromKeyedServices(Grains.DomainClock.Key)] TimeProvider time, CancellationToken cancellationToken)
    {
        var span = Math.Clamp(days ?? 14, 1, 90);
        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        var rows = await Task.WhenAll((await directory.GetClientIdsAsync(cancellationToken)).Select(async id =>
        {
            if (await grains.GetGrain<IClientGrain>(id).GetAsync().WaitAsync(cancellationToken) is not { } client)
            {
                return null;
            }

            var report = await grains.GetGrain<ISolicitationReportGrain>(id).GetAsync(today.AddDays(1 - span), today).WaitAsync(cancellationToken);
            var pending = (await grains.GetGrain<ISolicitationSchedulerGrain>(id).GetAsync().WaitAsync(cancellationToken)).Buckets.Count;
            if (!client.Solicitation.Enabled && report.Count == 0)
            {
                return null;
            }

            return new SolicitationClientRow(id, client.Profile.Name, client.Solicitation.Enabled, client.Solicitation.Channel.ToString().ToLowerInvariant(),
                pending, report.Aggregate(SolicitationCounts.Zero, (a, d) => a.Add(d.Counts)), report);
        }));
        return TypedResults.Ok<IReadOnlyList<SolicitationClientRow>>([.. rows.OfType<SolicitationClientRow>()]);
    }
}

/// <summary>One client on the solicitation tab: its settings in brief, buckets waiting, totals and days.</summary>
public sealed record SolicitationClientRow(
    string ClientId, string Name, bool Enabled, string Channel, int ActiveBuckets, SolicitationCounts Totals, IReadOnlyList<SolicitationDayReport> Days);
