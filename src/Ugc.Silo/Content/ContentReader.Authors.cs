using Ugc.Grains.Catalog;
using Ugc.Contracts.Content;
using Ugc.Contracts.Queries;
using Ugc.Grains.Queries;
using Ugc.Silo.Conversations;

namespace Ugc.Silo.Content;

// authors.json and the Includes of content pages.
public sealed partial class ContentReader
{
    /// <summary>Most content items read per author.</summary>
    private const int MaxAuthorContent = 100;

    private async Task<object> AuthorsAsync(string clientId, ContentQuery query)
    {
        var ids = query.Filters.FirstOrDefault(f => f.Field == "Id" && f.Operator == FilterOperator.Eq)?.Values;
        if (ids is null)
        {
            return ErrorEnvelope.Create(ConversationsErrorCodes.MissingParameters, "authors.json requires Filter=Id:<author id>.", query.Locale);
        }

        var authors = new List<AuthorItem>();
        foreach (var view in await AuthorViewsAsync(clientId, ids))
        {
            authors.Add(new AuthorItem(view, await PublishedAsync(clientId, view.ContentIds.Take(MaxAuthorContent))));
        }

        var schema = QueryFields.Authors;
        var sorted = QueryEvaluator.Sort(QueryEvaluator.Filter(authors, schema, query.Filters), schema, query.Sorts);
        var page = sorted.Skip(query.Offset).Take(query.Limit).ToList();
        var builder = new IncludesBuilder();
        foreach (var clause in query.Includes)
        {
            var included = new List<ContentDocument>();
            foreach (var author in page)
            {
                included.AddRange(await IncludedAsync(clientId, author.Published.Where(d => d.Type == clause.Type), clause));
            }

            builder.Add(clause.Type, included.Select(d => ContentMapper.Map(d)), r => r.Id);
        }

        var results = page.Select(a =>
        {
            var byType = a.Published.ToLookup(d => d.Type);
            return ContentMapper.Map(a.View) with
            {
                ReviewIds = [.. byType[ContentType.Reviews].Select(d => d.Id)],
                QuestionIds = [.. byType[ContentType.Questions].Select(d => d.Id)],
                AnswerIds = [.. byType[ContentType.Answers].Select(d => d.Id)],
                CommentIds = [.. byType[ContentType.ReviewComments].Select(d => d.Id)],
                TotalReviewCount = byType[ContentType.Reviews].Count(),
                TotalQuestionCount = byType[ContentType.Questions].Count(),
                TotalAnswerCount = byType[ContentType.Answers].Count(),
                TotalCommentCount = byType[ContentType.ReviewComments].Count(),
                ReviewStatistics = query.Stats.Contains(StatsKind.Reviews) ? StatisticsMapper.Map(StatisticsCalculator.Reviews(byType[ContentType.Reviews])) : null,
                QAStatistics = query.Stats.Contains(StatsKind.Questions) || query.Stats.Contains(StatsKind.Answers)
                    ? StatisticsMapper.Map(StatisticsCalculator.QA(byType[ContentType.Questions].Concat(byType[ContentType.Answers]))) : null,
            };
        });
        return DisplayEnvelope<AuthorResult>.Success(query, sorted.Count, [.. results], builder.Build());
    }

    /// <summary>
    /// An author's content of one type for <c>Include</c>: filtered and sorted by the product grains that hold it (so the
    /// fields that read children are right), then merged by the same definitions.
    /// </summary>
    private async Task<IEnumerable<ContentDocument>> IncludedAsync(string clientId, IEnumerable<ContentDocument> documents, IncludeClause clause)
    {
        var pages = new List<ContentPage>();
        foreach (var product in documents.GroupBy(d => d.ProductId))
        {
            var byId = new FilterClause("Id", FilterOperator.Eq, [.. product.Select(d => d.Id)]);
            pages.Add(await QueryProductAsync(clientId, product.Key, Query(clause.Type, [byId, .. clause.Filters], clause.Sorts, clause.Limit)));
        }

        var merged = QueryEvaluator.Sort(pages.SelectMany(p => ContentItem.Of(p.Results, p.Children)), QueryFields.Content(clause.Type), clause.Sorts);
        return merged.Take(clause.Limit).Select(i => (ContentDocument)i.Document);
    }

    /// <summary>The approved documents of the tenant among <paramref name="contentIds"/>.</summary>
    private async Task<IReadOnlyList<ContentDocument>> PublishedAsync(string clientId, IEnumerable<string> contentIds)
    {
        ReadDependencies.Other();
        var details = await Task.WhenAll(contentIds.Select(id => grains.GetGrain<IContentGrain>(id).GetAsync()));
        return [.. details.Where(d => d is { Status: ContentStatus.Approved } && d.ClientId == clientId).Select(d => d!.Document)];
    }

    private async Task<IReadOnlyDictionary<string, object>> IncludesAsync(string clientId, ContentQuery query, List<ContentDocument> page)
    {
        var builder = new IncludesBuilder();
        foreach (var clause in query.Includes)
        {
            switch (clause.Type)
            {
                case ContentType.Products:
                    builder.Add(ContentType.Products, (await ProductViewsAsync(clientId, page.Select(d => d.ProductId).Distinct())).Select(v => ContentMapper.Map(v, query.Stats)), p => p.Id);
                    break;
                case ContentType.Categories:
                    builder.Add(ContentType.Categories, Categories(await ProductViewsAsync(clientId, page.Select(d => d.ProductId).Distinct())).Select(Result), c => c.Id);
                    break;
                case ContentType.Authors:
                    builder.Add(ContentType.Authors, (await AuthorViewsAsync(clientId, page.Select(d => d.AuthorId))).Select(ContentMapper.Map), a => a.Id);
                    break;
                case ContentType.ReviewComments or ContentType.Answers when query.Type is ContentType.Reviews or ContentType.Questions:
                    var children = await ChildDocumentsAsync(clientId, clause.Type, page, clause.Sorts, clause.Filters);
                    var limited = children.GroupBy(c => c.ReviewId ?? c.QuestionId).SelectMany(g => g.Take(clause.Limit));
                    builder.Add(clause.Type, limited.Select(d => ContentMapper.Map(d)), r => r.Id);
                    break;
                default:
                    builder.Add(clause.Type, await ParentsAsync(clientId, clause.Type, page), r => r.Id);
                    break;
            }
        }

        return builder.Build();
    }

    /// <summary>The questions of answers, or the reviews of comments, on the page.</summary>
    private async Task<List<ContentResultBase>> ParentsAsync(string clientId, ContentType parentType, List<ContentDocument> page)
    {
        var parents = new List<ContentResultBase>();
        foreach (var group in page.GroupBy(d => d.ProductId))
        {
            var ids = group.Select(d => (parentType == ContentType.Questions ? d.QuestionId : d.ReviewId) ?? "").Where(i => i.Length > 0).Distinct().ToList();
            if (ids.Count == 0)
            {
                continue;
            }

            var found = await QueryProductAsync(clientId, group.Key, Query(parentType, [new FilterClause("Id", FilterOperator.Eq, ids)], [], ContentQuery.MaxLimit));
            parents.AddRange(found.Results.Select(d => ContentMapper.Map(d)));
        }

        return parents;
    }
}
