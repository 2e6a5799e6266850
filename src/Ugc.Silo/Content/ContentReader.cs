using Ugc.Contracts.Catalog;
using Ugc.Contracts.Clients;
using Ugc.Contracts.Content;
using Ugc.Contracts.Queries;
using Ugc.Grains.Queries;
using Ugc.Silo.Conversations;

namespace Ugc.Silo.Content;

/// <summary>
/// Answers display queries from the grains of the caller's tenant only: its product grains hold its own and its
/// syndicated content, so nothing of another tenant can be reached. Content of several products is merged here.
/// </summary>
public sealed partial class ContentReader(IGrainFactory grains)
{
    /// <summary>Most products one request fans out to when no ProductId filter narrows it.</summary>
    public const int MaxFanOut = 500;

    public async Task<object> ReadAsync(string clientId, ContentQuery query, string? authorToken)
    {
        switch (query.Type)
        {
            case ContentType.Products:
                return await ProductsAsync(clientId, query);
            case ContentType.Categories:
                return await CategoriesAsync(clientId, query);
            case ContentType.Authors:
                return await AuthorsAsync(clientId, query);
            case ContentType.Statistics:
                return await StatisticsAsync(clientId, query);
            default:
                return await UserContentAsync(clientId, query, authorToken);
        }
    }

    private async Task<object> UserContentAsync(string clientId, ContentQuery query, string? authorToken)
    {
        if (authorToken is not null && SingleId(query.Filters, "Id") is { } pendingId)
        {
            // The author sees their own content, pending or not, with the token the submission answered.
            ReadDependencies.Other();
            var own = await grains.GetGrain<IContentGrain>(pendingId).GetForAuthorAsync(authorToken);
            IReadOnlyList<ContentDocument> mine = own is not null && own.ClientId == clientId && own.Type == query.Type ? [own] : [];
            return DisplayEnvelope<ContentResultBase>.Success(query, mine.Count, [.. mine.Select(d => ContentMapper.Map(d))]);
        }

        var (page, total, filtered) = await QueryContentAsync(clientId, query);
        var children = await ChildrenAsync(clientId, query.Type, page);
        var results = page.Select(d => ContentMapper.Map(d, children.GetValueOrDefault(d.Id))).ToList();
        var includes = await IncludesAsync(clientId, query, page);
        _ = filtered;
        return DisplayEnvelope<ContentResultBase>.Success(query, total, results, includes);
    }

    /// <summary>The page of content: one product asked directly, several merged here.</summary>
    internal async Task<(List<ContentDocument> Page, int Total, ReviewStatistics? Filtered)> QueryContentAsync(string clientId, ContentQuery query)
    {
        var productIds = await ProductScopeAsync(clientId, query.Filters);
        if (productIds.Count == 1)
        {
            var single = await QueryProductAsync(clientId, productIds[0], query with { Includes = [] });
            return ([.. single.Results], single.TotalResults, single.FilteredReviewStatistics);
        }

        var wide = query with { Offset = 0, Limit = query.Offset + query.Limit, Includes = [] };
        var pages = await Task.WhenAll(productIds.Select(id => QueryProductAsync(clientId, id, wide)));
        // Merged by the same field definitions the product grains sorted by, children included.
        var merged = QueryEvaluator.Sort(pages.SelectMany(p => ContentItem.Of(p.Results, p.Children)), QueryFields.Content(query.Type), query.Sorts);
        return ([.. merged.Skip(query.Offset).Take(query.Limit).Select(i => (ContentDocument)i.Document)], pages.Sum(p => p.TotalResults), null);
    }

    private async Task<IReadOnlyList<string>> ProductScopeAsync(string clientId, IReadOnlyList<FilterClause> filters)
    {
        var named = filters.Where(f => f.Field == "ProductId" && f.Operator == FilterOperator.Eq).ToList();
        if (named.Count > 0)
        {
            // ANDed clauses: a product must be named by every one of them.
            return [.. named.Select(f => (IEnumerable<string>)f.Values).Aggregate((a, b) => a.Intersect(b, StringComparer.Ordinal)).Distinct().Take(MaxFanOut)];
        }

        ReadDependencies.Other();
        var all = await grains.GetGrain<IClientGrain>(clientId).GetProductIdsAsync();
        return [.. all.Take(MaxFanOut)];
    }

    /// <summary>Ids of the comments of each review (or answers of each question) on the page.</summary>
    private async Task<Dictionary<string, IReadOnlyList<string>>> ChildrenAsync(string clientId, ContentType type, List<ContentDocument> page)
    {
        var childType = type switch { ContentType.Reviews => ContentType.ReviewComments, ContentType.Questions => ContentType.Answers, _ => (ContentType?)null };
        var result = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        if (childType is null || page.Count == 0)
        {
            return result;
        }

        foreach (var doc in await ChildDocumentsAsync(clientId, childType.Value, page, QueryFields.For(childType.Value).DefaultSort, []))
        {
            var parent = (childType == ContentType.Answers ? doc.QuestionId : doc.ReviewId) ?? "";
            result[parent] = [.. result.GetValueOrDefault(parent) ?? [], doc.Id];
        }

        return result;
    }

    internal async Task<List<ContentDocument>> ChildDocumentsAsync(
        string clientId, ContentType childType, IEnumerable<ContentDocument> parents, IReadOnlyList<SortClause> sorts, IReadOnlyList<FilterClause> filters)
    {
        var parentField = childType == ContentType.Answers ? "QuestionId" : "ReviewId";
        var found = new List<ContentDocument>();
        foreach (var group in parents.GroupBy(p => p.ProductId))
        {
            var query = Query(childType, [.. filters, new FilterClause(parentField, FilterOperator.Eq, [.. group.Select(p => p.Id)])], sorts, ContentQuery.MaxLimit);
            found.AddRange((await QueryProductAsync(clientId, group.Key, query)).Results);
        }

        return found;
    }

    internal static ContentQuery Query(ContentType type, IReadOnlyList<FilterClause> filters, IReadOnlyList<SortClause> sorts, int limit) =>
        new(type, filters, sorts.Count > 0 ? sorts : QueryFields.For(type).DefaultSort, limit, 0, null, null, [], [], false, [],
            new Dictionary<ContentType, IReadOnlyList<FilterClause>>());

    internal IProductGrain Product(string clientId, string productId) => grains.GetGrain<IProductGrain>($"{clientId}/{productId}");

    /// <summary>A product's page, noted with its version for the display cache.</summary>
    internal async Task<ContentPage> QueryProductAsync(string clientId, string productId, ContentQuery query)
    {
        var page = await Product(clientId, productId).QueryAsync(query);
        ReadDependencies.Product(clientId, productId, page.Version);
        return page;
    }

    private static string? SingleId(IReadOnlyList<FilterClause> filters, string field) =>
        filters.FirstOrDefault(f => f.Field == field && f.Operator == FilterOperator.Eq && f.Values.Count == 1)?.Values[0];
}
