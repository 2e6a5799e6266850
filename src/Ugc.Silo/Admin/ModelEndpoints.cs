using Microsoft.AspNetCore.Http.HttpResults;
using Ugc.Contracts;
using Ugc.Contracts.Clients;
using Ugc.Contracts.Moderation;
using Ugc.Silo.Gateway;

namespace Ugc.Silo.Admin;

/// <summary>Moderation models: list, create, train, deploy, shadow, roll back, metrics. Operator only.</summary>
public static class ModelEndpoints
{
    /// <summary>The built-in models every client profile routes to by default.</summary>
    public static IReadOnlyList<string> BuiltIn { get; } = [.. ModerationSettings.Default.Models.Select(m => m.ModelId)];

    public static RouteGroupBuilder MapModelEndpoints(this RouteGroupBuilder admin)
    {
        var group = admin.MapGroup("/models");
        group.MapGet("/", ListAsync);
        group.MapPost("/", CreateAsync);
        group.MapPost("/{id}/train", TrainAsync);
        group.MapPost("/{id}/deploy", DeployAsync);
        group.MapPost("/{id}/shadow", ShadowAsync);
        group.MapPost("/{id}/rollback", RollbackAsync);
        group.MapGet("/{id}/metrics", MetricsAsync);
        return group;
    }

    private static async Task<Ok<ModelInfo[]>> ListAsync(string? ids, HttpContext context, IGrainFactory grains, CancellationToken cancellationToken)
    {
        AdminCaller.Get(context).EnsureOperator();
        cancellationToken.ThrowIfCancellationRequested();
        var names = BuiltIn.Concat((ids ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).Select(Check).Distinct();
        return TypedResults.Ok(await Task.WhenAll(names.Select(n => grains.GetGrain<IModelGrain>(n).GetAsync())));
    }

    private static async Task<Created<ModelInfo>> CreateAsync(TrainRequest request, HttpContext context, IGrainFactory grains, CancellationToken cancellationToken)
    {
        AdminCaller.Get(context).EnsureOperator();
        var id = Check(request.Id);
        cancellationToken.ThrowIfCancellationRequested();
        var model = grains.GetGrain<IModelGrain>(id);
        var version = await model.TrainAsync(request.Examples ?? []);
        await model.DeployAsync(version);
        return TypedResults.Created($"/admin/models/{id}", await model.GetAsync());
    }

    private static async Task<Ok<VersionRequest>> TrainAsync(string id, TrainRequest request, HttpContext context, IGrainFactory grains, CancellationToken cancellationToken)
    {
        AdminCaller.Get(context).EnsureOperator();
        cancellationToken.ThrowIfCancellationRequested();
        return TypedResults.Ok(new VersionRequest(await grains.GetGrain<IModelGrain>(Check(id)).TrainAsync(request.Examples ?? [])));
    }

    private static async Task<Ok<ModelInfo>> DeployAsync(string id, VersionRequest request, HttpContext context, IGrainFactory grains, CancellationToken cancellationToken)
    {
        AdminCaller.Get(context).EnsureOperator();
        cancellationToken.ThrowIfCancellationRequested();
        var model = grains.GetGrain<IModelGrain>(Check(id));
        await model.DeployAsync(request.Version ?? throw new ValidationException("version is required."));
        return TypedResults.Ok(await model.GetAsync());
    }

    private static async Task<Ok<ModelInfo>> ShadowAsync(string id, VersionRequest request, HttpContext context, IGrainFactory grains, CancellationToken cancellationToken)
    {
        AdminCaller.Get(context).EnsureOperator();
        cancellationToken.ThrowIfCancellationRequested();
        var model = grains.GetGrain<IModelGrain>(Check(id));
        await model.ShadowAsync(request.Version);
        return TypedResults.Ok(await model.GetAsync());
    }

    private static async Task<Ok<ModelInfo>> RollbackAsync(string id, HttpContext context, IGrainFactory grains, CancellationToken cancellationToken)
    {
        AdminCaller.Get(context).EnsureOperator();
        cancellationToken.ThrowIfCancellationRequested();
        var model = grains.GetGrain<IModelGrain>(Check(id));
        await model.RollbackAsync();
        return TypedResults.Ok(await model.GetAsync());
    }

    private static async Task<Ok<ModelInfo>> MetricsAsync(string id, HttpContext context, IGrainFactory grains, CancellationToken cancellationToken)
    {
        AdminCaller.Get(context).EnsureOperator();
        cancellationToken.ThrowIfCancellationRequested();
        return TypedResults.Ok(await grains.GetGrain<IModelGrain>(Check(id)).GetAsync());
    }

    private static string Check(string? id) =>
        AdminIds.IsValid(id) ? id! : throw new ValidationException("A model id is letters, digits, '-' or '_'.");
}
