using System.Text.Json;
using Ugc.Contracts.Content;
using Ugc.Contracts.Queries;
using Ugc.Grains.Catalog;
using Ugc.Grains.Classification;
using Ugc.Grains.Queries;

namespace Ugc.Grains.Tests.Catalog;

public sealed class ContentIndexTests
{
    private static readonly DateTimeOffset Start = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private static readonly IReadOnlyList<FilterClause>[] Filters =
    [
        [],
        [new("Rating", FilterOperator.Gte, ["4"])],
        [new("Rating", FilterOperator.Lt, ["3"]), new("IsRecommended", FilterOperator.Eq, ["false"])],
        [new("HasComments", FilterOperator.Eq, ["true"])],
        [new("ContentLocale", FilterOperator.Eq, ["fr_FR"])],
        [new("Helpfulness", FilterOperator.Gt, ["0.5"])],
    ];

    private static readonly IReadOnlyList<SortClause>[] Sorts =
    [
        [new("SubmissionTime", true)],
        [new("Helpfulness", true), new("SubmissionTime", true)],
        [new("Rating", false)],
        [new("TotalCommentCount", true), new("Id", false)],
    ];

    [Fact]
    public void Every_filter_sort_and_page_answers_as_a_fresh_filter_then_sort_does()
    {
        var documents = Documents(new SplitMix64(5), 300);
        var index = new ContentIndex(() => documents.Values);
        var random = new SplitMix64(9);
        for (var i = 0; i < 200; i++)
        {
            var query = Query(Filters[random.Next(Filters.Length)], Sorts[random.Next(Sorts.Length)], 1 + random.Next(30), random.Next(320),
                random.Chance(0.3) ? [StatsKind.Reviews] : []);

            var page = index.Query(query, version: 7);
            var expected = Reference(documents.Values, index.Children(), query);

            Assert.Equal(expected.Ids, page.Results.Select(d => d.Id));
            Assert.Equal(expected.Total, page.TotalResults);
            Assert.Equal(expected.Statistics?.TotalReviewCount, page.FilteredReviewStatistics?.TotalReviewCount);
            Assert.Equal(expected.Statistics?.AverageOverallRating, page.FilteredReviewStatistics?.AverageOverallRating);
            Assert.Equal(7, page.Version);
        }
    }

    [Fact]
    public void An_order_is_sorted_once_and_recomputed_after_a_change()
    {
        var documents = Documents(new SplitMix64(3), 50);
        var index = new ContentIndex(() => documents.Values);
        var newest = Query([], [new("SubmissionTime", true)], 5, 0, []);
        var first = index.Query(newest, 1);
        Assert.Equal(1, index.OrderCount);

        var latest = documents.Values.First() with { Id = "zz-latest", SubmissionTime = Start.AddYears(1) };
        documents[latest.Id] = latest;
        Assert.Equal(first.Results.Select(d => d.Id), index.Query(newest, 1).Results.Select(d => d.Id));
        index.Invalidate();

        Assert.Equal("zz-latest", index.Query(newest, 2).Results[0].Id);
    }

    [Fact]
    public void An_index_over_the_held_store_answers_byte_for_byte_as_one_over_the_full_documents()
    {
        var random = new SplitMix64(21);
        var documents = VariedDocuments.Create(random, 600).ToDictionary(d => d.Id, StringComparer.Ordinal);
        var store = ContentStore.Of(documents.Values);
        var (full, held) = (new ContentIndex(() => documents.Values), new ContentIndex(store));
        string[][] searches = [[], [], ["quality"], ["GREAT", "value"], ["靴"]];
        var types = new[] { ContentType.Reviews, ContentType.Questions, ContentType.Answers, ContentType.ReviewComments };
        for (var i = 0; i < 300; i++)
        {
            var type = types[random.Next(types.Length)];
            var filters = type == ContentType.Reviews ? Filters[random.Next(Filters.Length)] : [];
            var sorts = type == ContentType.Reviews ? Sorts[random.Next(Sorts.Length)] : [new SortClause("LastModificationTime", random.Chance(0.5))];
            var query = Query(filters, sorts, 1 + random.Next(30), random.Chance(0.3) ? random.Next(400) : 0, random.Chance(0.3) ? [StatsKind.Reviews] : []) with
            {
                Type = type,
                Search = string.Join(' ', searches[random.Next(searches.Length)]) is { Length: > 0 } search ? search : null,
            };

            Assert.Equal(JsonSerializer.Serialize(full.Query(query, 3)), JsonSerializer.Serialize(held.Query(query, 3)));
            if (random.Chance(0.1))
            {
                // A vote, an edit and a removal, as the product applies them.
                var id = documents.Keys.ElementAt(random.Next(documents.Count));
                documents[id] = documents[id] with { PositiveFeedback = documents[id].PositiveFeedback + 1, Title = random.Chance(0.5) ? "edited" : documents[id].Title };
                store.Upsert(documents[id]);
                var gone = documents.Keys.ElementAt(random.Next(documents.Count));
                documents.Remove(gone);
                store.Remove(gone);
                full.Invalidate();
                held.Invalidate();
            }
        }
    }

    private static ContentQuery Query(IReadOnlyList<FilterClause> filters, IReadOnlyList<SortClause> sorts, int limit, int offset, IReadOnlyList<StatsKind> filteredStats) =>
        new(ContentType.Reviews, filters, sorts, limit, offset, null, null, [], filteredStats, false, [], new Dictionary<ContentType, IReadOnlyList<FilterClause>>());

    private static (List<string> Ids, int Total, ReviewStatistics? Statistics) Reference(
        IEnumerable<ContentDocument> documents, IReadOnlyDictionary<string, ContentChildren> children, ContentQuery query)
    {
        var schema = QueryFields.Content(query.Type);
        var matched = QueryEvaluator.Filter(ContentItem.Of(documents.Where(d => d.Type == query.Type), children), schema, query.Filters);
        var page = QueryEvaluator.Page(QueryEvaluator.Sort(matched, schema, query.Sorts), query.Offset, query.Limit);
        var statistics = query.FilteredStats.Count > 0 ? StatisticsCalculator.Reviews(matched.Select(i => i.Document)) : null;
        return ([.. page.Select(i => i.Document.Id)], matched.Count, statistics);
    }

    private static Dictionary<string, ContentDocument> Documents(SplitMix64 random, int reviews)
    {
        var documents = new Dictionary<string, ContentDocument>(StringComparer.Ordinal);
        for (var i = 0; i < reviews; i++)
        {
            var id = $"r{random.Next(1_000_000):D6}-{i}";
            documents[id] = new ContentDocument
            {
                Id = id, Type = ContentType.Reviews, ClientId = "c", SourceClient = "c", ProductId = "p", AuthorId = $"a{i}",
                // Few distinct times and ratings, so ties are common and the id tie-breaker decides.
                SubmissionTime = Start.AddHours(random.Next(40)), Rating = 1 + random.Next(5), IsRecommended = random.Chance(0.7),
                ContentLocale = random.Chance(0.2) ? "fr_FR" : "en_US", PositiveFeedback = random.Next(4), NegativeFeedback = random.Next(3),
            };
        }

        foreach (var review in documents.Values.Where(_ => random.Chance(0.2)).ToList())
        {
            var comment = $"k-{review.Id}";
            documents[comment] = new ContentDocument
            {
                Id = comment, Type = ContentType.ReviewComments, ClientId = "c", SourceClient = "c", ProductId = "p", AuthorId = "k",
                ReviewId = review.Id, SubmissionTime = review.SubmissionTime.AddMinutes(5),
            };
        }

        return documents;
    }
}
