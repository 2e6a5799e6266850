using Ugc.Bench.Http;
using Ugc.Contracts.Content;
using Ugc.Contracts.Queries;
using Ugc.Grains.Catalog;
using Ugc.Grains.Classification;

namespace Ugc.Bench;

/// <summary>
/// What holding the display text compressed costs a read: the same queries over one product's 1,000 reviews answered
/// by an index over the full documents (the shape products held before) and by one over the product's
/// <see cref="ContentStore"/>, which decompresses the blocks a page's documents are in (and every block to search).
/// Each order is sorted once before timing, as a product's index keeps it; what is timed is building the page.
/// </summary>
internal static class ReadModelBenchmarks
{
    public static void Run(Report report, bool quick)
    {
        var texts = new ReviewTexts();
        var random = new SplitMix64(7);
        var start = new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var documents = Enumerable.Range(0, 1000).Select(i =>
        {
            var rating = ReviewTexts.Rating(random);
            return new ContentDocument
            {
                Id = Guid.NewGuid().ToString("N"), Type = ContentType.Reviews, ClientId = "brand-1", SourceClient = "brand-1", ProductId = "p-1",
                AuthorId = $"shopper-{i}", UserNickname = $"shopper-{i}", UserLocation = "Denver, CO", ContentLocale = "en_US",
                SubmissionTime = start.AddMinutes(i * 37), LastModificationTime = start.AddMinutes(i * 37), Rating = rating,
                Title = texts.Title(random), Text = texts.Text(random), IsRecommended = rating >= 4,
                PositiveFeedback = random.Next(20), NegativeFeedback = random.Next(5),
            };
        }).ToDictionary(d => d.Id, StringComparer.Ordinal);
        var full = new ContentIndex(() => documents.Values);
        var store = ContentStore.Of(documents.Values);
        var held = new ContentIndex(store);
        var iterations = quick ? 200 : 1000;
        (string Name, ContentQuery Query)[] cases =
        [
            ("product page (first 10, newest first, with filtered statistics)", Query([], [], 0, null) with { FilteredStats = [StatsKind.Reviews] }),
            ("first page, newest first", Query([], [], 0, null)),
            ("deep page (offset 500)", Query([], [], 500, null)),
            ("filtered and sorted (Rating >= 4 by helpfulness, offset 20)", Query([new("Rating", FilterOperator.Gte, ["4"])], [new("Helpfulness", true)], 20, null)),
            ("search over the texts (\"comfortable\")", Query([], [], 0, "comfortable")),
        ];
        foreach (var (name, query) in cases)
        {
            var before = DomainBenchmarks.Time(iterations, () => full.Query(query, 1).Results.Count);
            var after = DomainBenchmarks.Time(iterations, () => held.Query(query, 1).Results.Count);
            report.Note($"{name}: full documents {before.TotalMicroseconds:F0} µs, compressed store {after.TotalMicroseconds:F0} µs ({after / before:F2}x)");
        }

        var ids = documents.Keys.ToArray();
        var lookup = DomainBenchmarks.Time(iterations, () => documents.TryGetValue(ids[iterations % ids.Length], out var d) ? d.Rating ?? 0 : 0);
        var rebuilt = DomainBenchmarks.Time(iterations, () => store.Get(ids[iterations % ids.Length])?.Rating ?? 0);
        report.Note($"one document by id: full documents {lookup.TotalMicroseconds:F2} µs, compressed store {rebuilt.TotalMicroseconds:F0} µs (decompresses its block)");
    }

    private static ContentQuery Query(IReadOnlyList<FilterClause> filters, IReadOnlyList<SortClause> sorts, int offset, string? search) =>
        new(ContentType.Reviews, filters, sorts.Count == 0 ? [new SortClause("SubmissionTime", true)] : sorts, ContentQuery.DefaultLimit, offset, search, null, [], [],
            false, [], new Dictionary<ContentType, IReadOnlyList<FilterClause>>());
}
