using Ugc.Contracts.Content;
using Ugc.Contracts.Queries;

namespace Ugc.Contracts.Catalog;

/// <summary>
/// A client's product: catalog data and the in-memory read model of its approved own and syndicated content, with
/// statistics. Serves filtered, sorted, paged reads. Key: <c>clientId/productId</c>.
/// </summary>
[Alias("ugc.IProductGrain")]
public interface IProductGrain : IGrainWithStringKey
{
    /// <summary>Creates or updates the catalog data, registering the product in its client's catalog index and the GTIN index.</summary>
    [Alias("Upsert")]
    Task UpsertAsync(CatalogProduct product);

    /// <summary>The product with its statistics, or null when it is not in the catalog.</summary>
    [ReadOnly]
    [Alias("Get")]
    Task<ProductView?> GetAsync();

    /// <summary>Whether the product is in the catalog.</summary>
    [ReadOnly]
    [Alias("Exists")]
    Task<bool> ExistsAsync();

    /// <summary>
    /// The version of everything the product's reads show (catalog data and content): it changes with every change and
    /// is never reused, even across activations, so a reader may cache an answer for as long as it stays the same.
    /// </summary>
    [ReadOnly]
    [Alias("GetVersion")]
    Task<long> GetVersionAsync();

    /// <summary>Filters, sorts and pages the product's published content of the query's type.</summary>
    [ReadOnly]
    [Alias("Query")]
    Task<ContentPage> QueryAsync(ContentQuery query);

    /// <summary>Published content by id, or null.</summary>
    [ReadOnly]
    [Alias("GetContent")]
    Task<ContentDocument?> GetContentAsync(string contentId);

    /// <summary>Review and Q&amp;A statistics (with and without syndicated content).</summary>
    [ReadOnly]
    [Alias("GetStatistics")]
    Task<ProductStatistics> GetStatisticsAsync();

    /// <summary>Publishes, updates or withdraws the product's own content (from the content-events stream).</summary>
    [Alias("Apply")]
    Task ApplyAsync(ContentEvent contentEvent);

    /// <summary>Adds, updates or removes a syndicated copy of another client's content.</summary>
    [Alias("ApplySyndicated")]
    Task ApplySyndicatedAsync(ContentDocument document, bool present);

    /// <summary>Removes every syndicated copy that came from <paramref name="sourceClient"/>.</summary>
    [Alias("RemoveSyndicatedFrom")]
    Task RemoveSyndicatedFromAsync(string sourceClient);

    /// <summary>Sends this product's approved content along a new edge (backfill).</summary>
    [Alias("SyndicateAlong")]
    Task SyndicateAlongAsync(Clients.SyndicationEdge edge);
}
