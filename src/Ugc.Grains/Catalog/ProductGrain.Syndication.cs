using Ugc.Contracts.Catalog;
using Ugc.Contracts.Clients;
using Ugc.Contracts.Content;

namespace Ugc.Grains.Catalog;

/// <summary>Syndication: a brand product's review goes to every retailer product that shares a GTIN, along the brand's edges.</summary>
public sealed partial class ProductGrain
{
    private async Task SyndicateAsync(ContentDocument review, bool present, SyndicationEdge? onlyEdge)
    {
        if (review.IsSyndicated || state.State.Catalog is not { } catalog || catalog.GtinList.Count == 0)
        {
            return;
        }

        var brand = await GrainFactory.GetGrain<IClientGrain>(ClientId).GetAsync();
        if (brand is not { Profile.Kind: ClientKind.Brand })
        {
            return;
        }

        var edges = onlyEdge is null ? brand.Outgoing : [onlyEdge];
        if (edges.Count == 0)
        {
            return;
        }

        var matches = new List<GtinMatch>();
        foreach (var gtin in catalog.GtinList)
        {
            matches.AddRange(await GrainFactory.GetGrain<IGtinGrain>(gtin).GetAsync());
        }

        var source = new SyndicationSource(brand.Profile.Name, null, catalog.ProductPageUrl);
        foreach (var match in matches.DistinctBy(m => (m.ClientId, m.ProductId)))
        {
            var edge = edges.FirstOrDefault(e => e.To == match.ClientId);
            if (edge is null)
            {
                continue;
            }

            var admitted = present && edge.Admits(review.ContentLocale, match.CategoryId);
            var copy = review with
            {
                ClientId = match.ClientId,
                ProductId = match.ProductId,
                IsSyndicated = true,
                Syndication = source,
                OriginalProductName = catalog.Name,
            };
            await GrainFactory.GetGrain<IProductGrain>($"{match.ClientId}/{match.ProductId}").ApplySyndicatedAsync(copy, admitted);
        }
    }
}
