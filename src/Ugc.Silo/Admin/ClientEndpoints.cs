using Microsoft.AspNetCore.Http.HttpResults;
using Ugc.Contracts;
using Ugc.Contracts.Analytics;
using Ugc.Contracts.Clients;
using Ugc.Contracts.Shoppers;
using Ugc.Silo.Gateway;

namespace Ugc.Silo.Admin;

/// <summary>Clients, keys, shoppers, anomalies: <c>/admin/clients/...</c>.</summary>
public static class ClientEndpoints
{
    public static RouteGroupBuilder MapClientEndpoints(this RouteGroupBuilder admin)
    {
        var group = admin.MapGroup("/clients");
        group.MapPost("/", CreateAsync);
        group.MapGet("/{id}", GetAsync);
        group.MapPatch("/{id}", UpdateAsync);
        group.MapPut("/{id}/moderation", SetModerationAsync);
        group.MapPost("/{id}/keys", IssueKeyAsync);
        group.MapDelete("/{id}/keys/{keyId}", RevokeKeyAsync);
        group.MapDelete("/{id}/shoppers/{userId}", EraseShopperAsync);
        group.MapGet("/{id}/anomalies", AnomaliesAsync);
        group.MapGet("/{id}/signals/{signal}", SignalAsync);
        return group;
    }

    private static async Task<Created<ClientDetails>> CreateAsync(CreateClientRequest request, HttpContext context, IGrainFactory grains,
        CancellationToken cancellationToken)
    {
        AdminCaller.Get(context).EnsureOperator();
        if (!AdminIds.IsValid(request.Id) || string.IsNullOrWhiteSpace(request.Name))
        {
            throw new ValidationException("id must be 1-100 letters, digits, '-' or '_', and name is required.");
        }

        if (!Enum.TryParse<ClientKind>(request.Kind, ignoreCase: true, out var kind) || !Enum.IsDefined(kind) || request.Kind.Any(char.IsDigit))
        {
            throw new ValidationException("kind must be \"brand\" or \"retailer\".");
        }

        cancellationToken.ThrowIfCancellationRequested();
        var details = await grains.GetGrain<IClientGrain>(request.Id).CreateAsync(new ClientProfile(request.Id, request.Name.Trim(), kind, request.Locales ?? []));
        return TypedResults.Created($"/admin/clients/{request.Id}", details);
    }

    private static async Task<Ok<ClientDetails>> GetAsync(string id, HttpContext context, IGrainFactory grains, CancellationToken cancellationToken)
    {
        AdminCaller.Get(context).EnsureTenant(id);
        cancellationToken.ThrowIfCancellationRequested();
        return TypedResults.Ok(await ExistingAsync(grains, id));
    }

    private static async Task<Ok<ClientDetails>> UpdateAsync(string id, ClientUpdate update, HttpContext context, IGrainFactory grains, CancellationToken cancellationToken)
    {
        AdminCaller.Get(context).EnsureTenant(id);
        await ExistingAsync(grains, id);
        cancellationToken.ThrowIfCancellationRequested();
        return TypedResults.Ok(await grains.GetGrain<IClientGrain>(id).UpdateAsync(update));
    }

    private static async Task<NoContent> SetModerationAsync(string id, ModerationSettings settings, HttpContext context, IGrainFactory grains, CancellationToken cancellationToken)
    {
        AdminCaller.Get(context).EnsureTenant(id);
        await ExistingAsync(grains, id);
        cancellationToken.ThrowIfCancellationRequested();
        await grains.GetGrain<IClientGrain>(id).SetModerationAsync(settings);
        return TypedResults.NoContent();
    }

    private static async Task<Created<IssuedApiKey>> IssueKeyAsync(string id, IssueKeyRequest request, HttpContext context, IGrainFactory grains, CancellationToken cancellationToken)
    {
        AdminCaller.Get(context).EnsureTenant(id);
        if (request.Scopes is not { Count: > 0 } || request.Scopes.Any(s => !ApiScopes.All.Contains(s)))
        {
            throw new ValidationException($"scopes must be a non-empty list of {string.Join(", ", ApiScopes.All)}.");
        }

        await ExistingAsync(grains, id);
        cancellationToken.ThrowIfCancellationRequested();
        var issued = await grains.GetGrain<IClientGrain>(id).IssueKeyAsync(request.Scopes);
        return TypedResults.Created($"/admin/clients/{id}/keys/{issued.Id}", issued);
    }

    private static async Task<NoContent> RevokeKeyAsync(string id, string keyId, HttpContext context, IGrainFactory grains, CancellationToken cancellationToken)
    {
        AdminCaller.Get(context).EnsureTenant(id);
        cancellationToken.ThrowIfCancellationRequested();
        await grains.GetGrain<IClientGrain>(id).RevokeKeyAsync(keyId);
        return TypedResults.NoContent();
    }

    private static async Task<Ok<ErasureResult>> EraseShopperAsync(string id, string userId, HttpContext context, IGrainFactory grains, CancellationToken cancellationToken)
    {
        AdminCaller.Get(context).EnsureTenant(id);
        if (!AdminIds.IsValid(userId))
        {
            throw new ValidationException("userId must be letters, digits, '-' or '_'.");
        }

        cancellationToken.ThrowIfCancellationRequested();
        return TypedResults.Ok(new ErasureResult(await grains.GetGrain<IShopperGrain>($"{id}/{userId}").EraseAsync()));
    }

    private static async Task<Ok<IReadOnlyList<AnomalyAlert>>> AnomaliesAsync(
        string id, string? signal, DateTimeOffset? since, HttpContext context, IGrainFactory grains, TimeProvider time, CancellationToken cancellationToken)
    {
        AdminCaller.Get(context).EnsureTenant(id);
        cancellationToken.ThrowIfCancellationRequested();
        var name = CheckSignal(signal ?? "pageview");
        // Reads never close hours: the grain's own clock does, so a read during an ingest cannot judge hours early.
        var anomaly = grains.GetGrain<IAnomalyGrain>($"{id}/{name}");
        return TypedResults.Ok(await anomaly.GetAlertsAsync(since ?? time.GetUtcNow().AddDays(-7)));
    }

    private static async Task<Ok<IReadOnlyList<SignalPoint>>> SignalAsync(
        string id, string signal, int? hours, HttpContext context, IGrainFactory grains, CancellationToken cancellationToken)
    {
        AdminCaller.Get(context).EnsureTenant(id);
        cancellationToken.ThrowIfCancellationRequested();
        var anomaly = grains.GetGrain<IAnomalyGrain>($"{id}/{CheckSignal(signal)}");
        return TypedResults.Ok(await anomaly.GetSeriesAsync(Math.Clamp(hours ?? 168, 1, 24 * 90)));
    }

    internal static async Task<ClientDetails> ExistingAsync(IGrainFactory grains, string id) =>
        AdminIds.IsValid(id) && await grains.GetGrain<IClientGrain>(id).GetAsync() is { } details
            ? details
            : throw new NotFoundException($"Client '{id}' does not exist.");

    private static string CheckSignal(string signal) =>
        AdminIds.IsValid(signal) ? signal.ToLowerInvariant() : throw new ValidationException("signal must be a name such as pageview.");
}

/// <summary>How many pieces of content an erasure removed.</summary>
public sealed record ErasureResult(int Removed);
