using Microsoft.AspNetCore.Http.HttpResults;
using Ugc.Contracts;
using Ugc.Contracts.Clients;
using Ugc.Contracts.Content;
using Ugc.Contracts.Moderation;
using Ugc.Silo.Operations;

namespace Ugc.Silo.Admin;

/// <summary>The moderation queue, content decisions and responses, and stream dead letters.</summary>
public static class ModerationEndpoints
{
    public static RouteGroupBuilder MapModerationEndpoints(this RouteGroupBuilder admin)
    {
        admin.MapGet("/clients/{id}/moderation/queue", QueueAsync);
        admin.MapGet("/content/{contentId}", ContentAsync);
        admin.MapPost("/content/{contentId}/decision", DecideAsync);
        admin.MapPost("/content/{contentId}/responses", RespondAsync).WithMetadata(new AdminScope(ApiScopes.Respond));
        admin.MapGet("/deadletters", DeadLettersAsync);
        admin.MapPost("/deadletters/{id}/replay", ReplayAsync);
        return admin;
    }

    private static async Task<Ok<IReadOnlyList<QueuedContent>>> QueueAsync(string id, HttpContext context, IGrainFactory grains, CancellationToken cancellationToken)
    {
        AdminCaller.Get(context).EnsureTenant(id);
        cancellationToken.ThrowIfCancellationRequested();
        return TypedResults.Ok(await grains.GetGrain<IModerationQueueGrain>(id).GetAsync());
    }

    private static async Task<Ok<ContentDetails>> ContentAsync(string contentId, HttpContext context, IGrainFactory grains, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return TypedResults.Ok(await OwnedAsync(context, grains, contentId));
    }

    private static async Task<Ok<ContentDetails>> DecideAsync(string contentId, DecisionRequest request, HttpContext context, IGrainFactory grains, CancellationToken cancellationToken)
    {
        await OwnedAsync(context, grains, contentId);
        var approve = request.Decision?.ToLowerInvariant() switch
        {
            "approve" => true,
            "reject" => false,
            _ => throw new ValidationException("decision must be \"approve\" or \"reject\"."),
        };
        cancellationToken.ThrowIfCancellationRequested();
        var moderator = AdminCaller.Get(context).ClientId ?? "operator";
        return TypedResults.Ok(await grains.GetGrain<IContentGrain>(contentId).DecideAsync(new HumanDecision(approve, moderator, request.Reason)));
    }

    private static async Task<Ok<ContentDetails>> RespondAsync(string contentId, ResponseRequest request, HttpContext context, IGrainFactory grains, TimeProvider time, CancellationToken cancellationToken)
    {
        await OwnedAsync(context, grains, contentId);
        if (string.IsNullOrWhiteSpace(request.Name) || string.IsNullOrWhiteSpace(request.Response) || request.Response.Length > 10_000)
        {
            throw new ValidationException("name and response (at most 10000 characters) are required.");
        }

        cancellationToken.ThrowIfCancellationRequested();
        var response = new ClientResponse(request.Name, request.Department, request.Response, "Response", time.GetUtcNow());
        return TypedResults.Ok(await grains.GetGrain<IContentGrain>(contentId).AddResponseAsync(response));
    }

    private static async Task<Ok<List<DeadLetterView>>> DeadLettersAsync(HttpContext context, PipelineStreams streams, CancellationToken cancellationToken)
    {
        AdminCaller.Get(context).EnsureOperator();
        var letters = await streams.DeadLettersAsync(500, cancellationToken);
        return TypedResults.Ok(letters.Select(DeadLetterView.From).ToList());
    }

    private static async Task<Results<Accepted, NotFound>> ReplayAsync(string id, HttpContext context, PipelineStreams streams, CancellationToken cancellationToken)
    {
        AdminCaller.Get(context).EnsureOperator();
        return await streams.ReplayAsync(id, cancellationToken) ? TypedResults.Accepted((string?)null) : TypedResults.NotFound();
    }

    private static async Task<ContentDetails> OwnedAsync(HttpContext context, IGrainFactory grains, string contentId)
    {
        var details = await grains.GetGrain<IContentGrain>(contentId).GetAsync() ?? throw new NotFoundException($"Content '{contentId}' does not exist.");
        var caller = AdminCaller.Get(context);
        if (!caller.IsOperator && details.ClientId != caller.ClientId)
        {
            // Another tenant's content is indistinguishable from missing content.
            throw new NotFoundException($"Content '{contentId}' does not exist.");
        }

        return details;
    }
}
