using Ugc.Contracts.Content;

namespace Ugc.Contracts.Catalog;

/// <summary>A product as the content API shows it: catalog data, content ids and statistics.</summary>
public sealed record ProductView(
    string ClientId,
    CatalogProduct Catalog,
    IReadOnlyList<string> ReviewIds,
    IReadOnlyList<string> QuestionIds,
    ProductStatistics Statistics);
