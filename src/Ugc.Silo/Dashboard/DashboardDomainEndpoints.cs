using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Ugc.Contracts;
using Ugc.Contracts.Content;
using Ugc.Silo.Operations;

namespace Ugc.Silo.Dashboard;

/// <summary>The domain pages' JSON and the two operator actions: decide held content, replay a dead letter.</summary>
public static class DashboardDomainEndpoints
{
    public const string Moderator = "dashboard-operator";

    public static RouteGroupBuilder MapDashboardDomainApi(this RouteGroupBuilder api)
    {
        api.MapGet("/moderation", ModerationAsync);
        api.MapGet("/anomalies", AnomaliesAsync);
        api.MapGet("/clients", ClientsAsync);
        api.MapPost("/moderation/{contentId}/decision", DecideAsync);
        api.MapPost("/deadletters/{id}/replay", ReplayAsync);
        return api;
    }

    private static async Task<Ok<ModerationResponse>> ModerationAsync(DashboardDomainReader reader, CancellationToken cancellationToken) =>
        TypedResults.Ok(await reader.ModerationAsync(cancellationToken));

    private static async Task<Ok<IReadOnlyList<AnomalyRow>>> AnomaliesAsync(DashboardDomainReader reader, int? hours, CancellationToken cancellationToken) =>
        TypedResults.Ok(await reader.AnomaliesAsync(Math.Clamp(hours ?? 48, 1, 24 * 14), cancellationToken));

    private static async Task<Ok<IReadOnlyList<ClientRow>>> ClientsAsync(DashboardDomainReader reader, CancellationToken cancellationToken) =>
        TypedResults.Ok(await reader.ClientsAsync(cancellationToken));

    private static async Task<Results<Ok<DecisionResponse>, NotFound<ProblemDetails>, ProblemHttpResult>> DecideAsync(
        string contentId, DecisionRequest request, IGrainFactory grains, CancellationToken cancellationToken)
    {
        if (contentId.Length > 200 || request.Reason is { Length: > 1000 })
        {
            return TypedResults.Problem(detail: "The content id or reason is too long.", statusCode: StatusCodes.Status400BadRequest);
        }

        try
        {
            var details = await grains.GetGrain<IContentGrain>(contentId)
                .DecideAsync(new HumanDecision(request.Approve, Moderator, request.Reason)).WaitAsync(cancellationToken);
            return TypedResults.Ok(new DecisionResponse(details.Id, details.Status.ToString()));
        }
        catch (NotFoundException ex)
        {
            return TypedResults.NotFound(new ProblemDetails { Status = StatusCodes.Status404NotFound, Detail = ex.Message });
        }
        catch (Exception ex) when (ex is ConflictException or ValidationException)
        {
            return TypedResults.Problem(detail: ex.Message, statusCode: StatusCodes.Status409Conflict);
        }
    }

    private static async Task<Results<NoContent, NotFound>> ReplayAsync(string id, PipelineStreams streams, CancellationToken cancellationToken) =>
        await streams.ReplayAsync(id, cancellationToken) ? TypedResults.NoContent() : TypedResults.NotFound();
}
