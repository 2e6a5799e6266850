using Ugc.Contracts.Catalog;
using Ugc.Contracts.Solicitation;

namespace Ugc.Grains.Solicitation;

/// <summary>Which products of an order a message asks about, by the client's rules.</summary>
public static class ProductQualifier
{
    /// <summary>The rules that need only the order: exclusions and the minimum price (distinct ids, order kept).</summary>
    public static IReadOnlyList<TransactionProduct> ByOrder(IReadOnlyList<TransactionProduct> products, ProductRules rules) =>
        [.. products
            .DistinctBy(p => p.Id, StringComparer.Ordinal)
            .Where(p => !rules.ExcludedProductIds.Contains(p.Id, StringComparer.Ordinal))
            .Where(p => rules.MinPrice is not { } min || (p.Price is { } price && price >= min))];

    /// <summary>The rules that need the catalog (present, active, in a category) and what the shopper reviewed already.</summary>
    public static bool ByCatalog(TransactionProduct product, CatalogProduct? catalog, ProductRules rules, IReadOnlySet<string> reviewed)
    {
        if (rules.SkipReviewed && reviewed.Contains(product.Id))
        {
            return false;
        }

        if (catalog is null)
        {
            return !rules.CatalogOnly && rules.Categories.Count == 0;
        }

        return catalog.Active && (rules.Categories.Count == 0 || (catalog.CategoryId is { } category && rules.Categories.Contains(category, StringComparer.Ordinal)));
    }
}
