using Ugc.Contracts.Catalog;
using Ugc.Contracts.Content;
using Ugc.Contracts.Queries;
using Ugc.Contracts.Shoppers;
using Ugc.Grains.Queries;
using Ugc.Silo.Conversations;

namespace Ugc.Silo.Content;

// products.json, categories.json and statistics.json: catalog data of the caller's products.
public sealed partial class ContentReader
{
    private async Task<object> ProductsAsync(string clientId, ContentQuery query)
    {
        var views = await ProductViewsAsync(clientId, await IdScopeAsync(clientId, query.Filters, "Id"));
        var schema = QueryFields.Products;
        var matching = QueryEvaluator.Sort(QueryEvaluator.Filter(views, schema, query.Filters), schema, query.Sorts);
        var page = matching.Skip(query.Offset).Take(query.Limit).ToList();
        var results = new List<ProductResult>();
        foreach (var view in page)
        {
            ReviewStatistics? filtered = null;
            if (query.FilteredStats.Contains(StatsKind.Reviews))
            {
                var related = query.RelatedFilters.GetValueOrDefault(ContentType.Reviews) ?? [];
                var stats = Query(ContentType.Reviews, related, [], 1) with { FilteredStats = [StatsKind.Reviews] };
                filtered = (await QueryProductAsync(clientId, view.Catalog.Id, stats)).FilteredReviewStatistics;
            }

            results.Add(ContentMapper.Map(view, query.Stats, filtered));
        }

        var includes = new IncludesBuilder();
        foreach (var clause in query.Includes)
        {
            if (clause.Type == ContentType.Categories)
            {
                includes.Add(ContentType.Categories, Categories(page).Select(Result), c => c.Id);
                continue;
            }

            var docs = new List<ContentDocument>();
            foreach (var view in page)
            {
                docs.AddRange((await QueryProductAsync(clientId, view.Catalog.Id, Query(clause.Type, clause.Filters, clause.Sorts, clause.Limit))).Results);
            }

            includes.Add(clause.Type, docs.Select(d => ContentMapper.Map(d)), r => r.Id);
        }

        return DisplayEnvelope<ProductResult>.Success(query, matching.Count, results, includes.Build());
    }

    private async Task<object> CategoriesAsync(string clientId, ContentQuery query)
    {
        var views = await ProductViewsAsync(clientId, await IdScopeAsync(clientId, [], "Id"));
        var schema = QueryFields.Categories;
        var sorted = QueryEvaluator.Sort(QueryEvaluator.Filter(Categories(views), schema, query.Filters), schema, query.Sorts);
        var page = sorted.Skip(query.Offset).Take(query.Limit).ToList();
        var includes = new IncludesBuilder();
        if (query.Includes.Any(i => i.Type == ContentType.Products))
        {
            var ids = page.SelectMany(c => c.ProductIds).ToHashSet(StringComparer.Ordinal);
            includes.Add(ContentType.Products, views.Where(v => ids.Contains(v.Catalog.Id)).Select(v => ContentMapper.Map(v, [])), p => p.Id);
        }

        return DisplayEnvelope<CategoryResult>.Success(query, sorted.Count, [.. page.Select(Result)], includes.Build());
    }

    private async Task<object> StatisticsAsync(string clientId, ContentQuery query)
    {
        var ids = query.Filters.Where(f => f.Field == "ProductId").SelectMany(f => f.Values).Distinct(StringComparer.Ordinal).ToList();
        var views = await ProductViewsAsync(clientId, ids);
        var results = views.Select(v => new StatisticsResult(new ProductStatisticsResult(
            v.Catalog.Id,
            query.Stats.Contains(StatsKind.Reviews) ? StatisticsMapper.Map(v.Statistics.Reviews) : null,
            query.Stats.Contains(StatsKind.NativeReviews) ? StatisticsMapper.Map(v.Statistics.NativeReviews) : null,
            query.Stats.Contains(StatsKind.Questions) || query.Stats.Contains(StatsKind.Answers) ? StatisticsMapper.Map(v.Statistics.QA) : null))).ToList();
        return DisplayEnvelope<StatisticsResult>.Success(query, results.Count, [.. results.Skip(query.Offset).Take(query.Limit)]);
    }

    private async Task<IReadOnlyList<string>> IdScopeAsync(string clientId, IReadOnlyList<FilterClause> filters, string field)
    {
        var named = filters.FirstOrDefault(f => f.Field == field && f.Operator == FilterOperator.Eq);
        if (named is not null)
        {
            return [.. named.Values.Distinct(StringComparer.Ordinal).Take(MaxFanOut)];
        }

        ReadDependencies.Other();
        return [.. (await grains.GetGrain<Contracts.Clients.IClientGrain>(clientId).GetProductIdsAsync()).Take(MaxFanOut)];
    }

    internal async Task<List<ProductView>> ProductViewsAsync(string clientId, IEnumerable<string> productIds)
    {
        var ids = productIds as IReadOnlyList<string> ?? [.. productIds];
        var views = await Task.WhenAll(ids.Select(id => Product(clientId, id).GetAsync()));
        for (var i = 0; i < views.Length; i++)
        {
            // A product not in the catalog has no version to watch: its appearance is seen by the time limit.
            if (views[i] is { } view)
            {
                ReadDependencies.Product(clientId, ids[i], view.Version);
            }
            else
            {
                ReadDependencies.Other();
            }
        }

        return [.. views.OfType<ProductView>()];
    }

    private static List<CategoryItem> Categories(IEnumerable<ProductView> views) =>
        [.. views.Where(v => v.Catalog.CategoryId is not null)
            .GroupBy(v => v.Catalog.CategoryId!, StringComparer.Ordinal)
            .Select(g => new CategoryItem(g.Key, g.Key, null, [.. g.Select(v => v.Catalog.Id)]))];

    private static CategoryResult Result(CategoryItem category) =>
        new() { Id = category.Id, Name = category.Name, ParentId = category.ParentId, ProductIds = category.ProductIds };

    private async Task<List<AuthorView>> AuthorViewsAsync(string clientId, IEnumerable<string> userIds)
    {
        ReadDependencies.Other();
        var views = await Task.WhenAll(userIds.Distinct(StringComparer.Ordinal).Take(MaxFanOut)
            .Select(id => grains.GetGrain<IShopperGrain>($"{clientId}/{id}").GetAsync()));
        return [.. views.OfType<AuthorView>()];
    }
}
