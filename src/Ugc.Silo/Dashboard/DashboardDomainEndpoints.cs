using Microsoft.AspNetCore.Http.HttpResults;

namespace Ugc.Silo.Dashboard;

/// <summary>
/// The domain pages' JSON, read from the grains (cluster-wide by nature). The pages' actions — deciding held content,
/// replaying a dead letter — are the admin API's own endpoints, called by the page with the session cookie.
/// </summary>
public static class DashboardDomainEndpoints
{
    public static RouteGroupBuilder MapDashboardDomainApi(this RouteGroupBuilder api)
    {
        api.MapGet("/moderation", ModerationAsync);
        api.MapGet("/anomalies", AnomaliesAsync);
        api.MapGet("/clients", ClientsAsync);
        return api;
    }

    private static async Task<Ok<ModerationResponse>> ModerationAsync(DashboardDomainReader reader, CancellationToken cancellationToken) =>
        TypedResults.Ok(await reader.ModerationAsync(cancellationToken));

    private static async Task<Ok<IReadOnlyList<AnomalyRow>>> AnomaliesAsync(DashboardDomainReader reader, int? hours, CancellationToken cancellationToken) =>
        TypedResults.Ok(await reader.AnomaliesAsync(Math.Clamp(hours ?? 48, 1, 24 * 14), cancellationToken));

    private static async Task<Ok<IReadOnlyList<ClientRow>>> ClientsAsync(DashboardDomainReader reader, CancellationToken cancellationToken) =>
        TypedResults.Ok(await reader.ClientsAsync(cancellationToken));
}
