using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;
using Ugc.Contracts;
using Ugc.Contracts.Catalog;
using Ugc.Contracts.Clients;
using Ugc.Silo.Gateway;

namespace Ugc.Silo.Admin;

/// <summary>Catalog import and syndication edges.</summary>
public static class CatalogEndpoints
{
    /// <summary>Largest catalog import body.</summary>
    public const int MaxImportBytes = 16 * 1024 * 1024;

    public static RouteGroupBuilder MapCatalogEndpoints(this RouteGroupBuilder admin)
    {
        admin.MapPost("/clients/{id}/products", ImportAsync).Accepts<IReadOnlyList<CatalogProduct>>("application/json", "application/x-ndjson");
        admin.MapPost("/syndication", AddEdgeAsync);
        admin.MapDelete("/syndication/{from}/{to}", RemoveEdgeAsync);
        admin.MapGet("/clients/{id}/syndication", EdgesAsync);
        return admin;
    }

    private static async Task<Ok<ImportResult>> ImportAsync(
        string id, HttpContext context, IGrainFactory grains, IOptions<JsonOptions> json, CancellationToken cancellationToken)
    {
        AdminCaller.Get(context).EnsureTenant(id);
        await ClientEndpoints.ExistingAsync(grains, id);
        if (context.Request.ContentLength > MaxImportBytes)
        {
            throw new ValidationException($"A catalog import is at most {MaxImportBytes} bytes.");
        }

        using var reader = new StreamReader(context.Request.Body);
        var body = await reader.ReadToEndAsync(cancellationToken);
        var rejected = new List<ImportRejection>();
        var accepted = new List<CatalogProduct>();
        foreach (var (line, element) in Items(body, rejected))
        {
            try
            {
                var product = element.Deserialize<CatalogProduct>(json.Value.SerializerOptions);
                if (product is null || !AdminIds.IsValid(product.Id) || string.IsNullOrWhiteSpace(product.Name))
                {
                    rejected.Add(new(line, "id (letters, digits, '-', '_') and name are required."));
                }
                else if (product.GtinList.Any(g => g.Length is < 8 or > 14 || !g.All(char.IsAsciiDigit)))
                {
                    rejected.Add(new(line, "gtins must be 8 to 14 digits."));
                }
                else
                {
                    accepted.Add(product);
                }
            }
            catch (JsonException ex)
            {
                rejected.Add(new(line, ex.Message));
            }
        }

        // Each product registers itself in the client's catalog index.
        foreach (var product in accepted)
        {
            await grains.GetGrain<IProductGrain>($"{id}/{product.Id}").UpsertAsync(product);
        }

        return TypedResults.Ok(new ImportResult(accepted.Count, rejected));
    }

    /// <summary>A JSON array's elements (line = index + 1), or the lines of NDJSON.</summary>
    private static List<(int Line, JsonElement Element)> Items(string body, List<ImportRejection> rejected)
    {
        var items = new List<(int, JsonElement)>();
        if (body.TrimStart().StartsWith('['))
        {
            try
            {
                using var document = JsonDocument.Parse(body);
                var index = 0;
                foreach (var element in document.RootElement.EnumerateArray())
                {
                    items.Add((++index, element.Clone()));
                }
            }
            catch (JsonException ex)
            {
                throw new ValidationException("The body is not a JSON array: " + ex.Message);
            }

            return items;
        }

        var lines = body.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (string.IsNullOrWhiteSpace(lines[i]))
            {
                continue;
            }

            try
            {
                using var document = JsonDocument.Parse(lines[i]);
                items.Add((i + 1, document.RootElement.Clone()));
            }
            catch (JsonException ex)
            {
                rejected.Add(new(i + 1, ex.Message));
            }
        }

        return items;
    }

    private static async Task<Created<SyndicationEdge>> AddEdgeAsync(SyndicationRequest request, HttpContext context, IGrainFactory grains, CancellationToken cancellationToken)
    {
        AdminCaller.Get(context).EnsureTenant(request.From);
        var from = await ClientEndpoints.ExistingAsync(grains, request.From);
        var to = await ClientEndpoints.ExistingAsync(grains, request.To);
        if (from.Profile.Kind != ClientKind.Brand || to.Profile.Kind != ClientKind.Retailer)
        {
            throw new ValidationException("A syndication edge goes from a brand to a retailer.");
        }

        cancellationToken.ThrowIfCancellationRequested();
        var edge = new SyndicationEdge(request.From, request.To, request.Locales ?? [], request.Categories ?? []);
        await grains.GetGrain<IClientGrain>(request.From).AddOutgoingEdgeAsync(edge);
        return TypedResults.Created($"/admin/syndication/{request.From}/{request.To}", edge);
    }

    private static async Task<NoContent> RemoveEdgeAsync(string from, string to, HttpContext context, IGrainFactory grains, CancellationToken cancellationToken)
    {
        AdminCaller.Get(context).EnsureTenant(from);
        await ClientEndpoints.ExistingAsync(grains, from);
        cancellationToken.ThrowIfCancellationRequested();
        await grains.GetGrain<IClientGrain>(from).RemoveOutgoingEdgeAsync(to);
        return TypedResults.NoContent();
    }

    private static async Task<Ok<SyndicationEdges>> EdgesAsync(string id, HttpContext context, IGrainFactory grains, CancellationToken cancellationToken)
    {
        AdminCaller.Get(context).EnsureTenant(id);
        cancellationToken.ThrowIfCancellationRequested();
        var details = await ClientEndpoints.ExistingAsync(grains, id);
        return TypedResults.Ok(new SyndicationEdges(details.Outgoing, details.Incoming));
    }
}

/// <summary>A client's edges in both directions.</summary>
public sealed record SyndicationEdges(IReadOnlyList<SyndicationEdge> Outgoing, IReadOnlyList<SyndicationEdge> Incoming);
