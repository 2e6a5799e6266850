using System.Diagnostics;
using Ugc.Contracts.Content;
using Ugc.Contracts.Queries;
using Ugc.Grains.Queries;

namespace Ugc.Bench;

/// <summary>What one product's in-memory read model costs: memory for 1,000 reviews, and query time against a plain LINQ baseline.</summary>
internal static class DomainBenchmarks
{
    public static void Run(Report report, bool quick)
    {
        const int Reviews = 1000;
        var random = new Random(42);
        var start = new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);
        GC.Collect();
        GC.WaitForPendingFinalizers();
        var before = GC.GetTotalMemory(forceFullCollection: true);
        var documents = new Dictionary<string, ContentDocument>(StringComparer.Ordinal);
        for (var i = 0; i < Reviews; i++)
        {
            var id = Guid.NewGuid().ToString("N");
            documents[id] = new ContentDocument
            {
                Id = id,
                Type = ContentType.Reviews,
                ClientId = "brand-1",
                SourceClient = "brand-1",
                ProductId = "p-1",
                AuthorId = $"user-{i}",
                UserNickname = $"shopper{i}",
                ContentLocale = "en_US",
                SubmissionTime = start.AddMinutes(i * 37),
                LastModificationTime = start.AddMinutes(i * 37),
                Rating = 1 + random.Next(5),
                Title = "Solid choice for everyday use",
                Text = string.Join(' ', Enumerable.Range(0, 40 + random.Next(60)).Select(w => Words[random.Next(Words.Length)])),
                IsRecommended = random.Next(4) > 0,
                PositiveFeedback = random.Next(20),
                NegativeFeedback = random.Next(5),
            };
        }

        var after = GC.GetTotalMemory(forceFullCollection: true);
        var bytes = after - before;
        report.Note($"one product with {Reviews:N0} reviews (~{documents.Values.Average(d => d.Text!.Length):F0} characters of text each): " +
            $"{bytes / 1024.0 / 1024.0:F2} MiB of managed memory ({bytes / Reviews:N0} bytes per review)");

        var query = new ContentQuery(ContentType.Reviews, [new FilterClause("Rating", FilterOperator.Gte, ["4"])], [new SortClause("Helpfulness", true)],
            10, 20, null, null, [], [], false, [], new Dictionary<ContentType, IReadOnlyList<FilterClause>>());
        var iterations = quick ? 300 : 2000;
        var schema = QueryFields.Content(query.Type);
        var noChildren = new Dictionary<string, ContentChildren>();
        var evaluator = Time(iterations, () =>
        {
            var matched = QueryEvaluator.Filter(ContentItem.Of(documents.Values, noChildren), schema, query.Filters);
            return QueryEvaluator.Page(QueryEvaluator.Sort(matched, schema, query.Sorts), query.Offset, query.Limit).Count;
        });
        var filterOnly = Time(iterations, () => QueryEvaluator.Filter(ContentItem.Of(documents.Values, noChildren), schema, query.Filters).Count);
        report.Note($"of which filtering: {filterOnly.TotalMicroseconds:F0} µs");
        var baseline = Time(iterations, () => documents.Values.Where(d => d.Rating >= 4)
            .OrderByDescending(d => d.Helpfulness ?? -1).ThenBy(d => d.Id, StringComparer.Ordinal).Skip(20).Take(10).Count());
        report.Note($"filtered, sorted page over {Reviews:N0} reviews: evaluator {evaluator.TotalMicroseconds:F0} µs, hand-written LINQ baseline " +
            $"{baseline.TotalMicroseconds:F0} µs ({evaluator / baseline:F2}x)");
        ReadModelBenchmarks.Run(report, quick);
    }

    private static readonly string[] Words =
        ["sound", "battery", "comfortable", "great", "value", "the", "and", "with", "after", "week", "quality", "price", "would", "buy", "again", "fit"];

    /// <summary>Mean time of one call of <paramref name="body"/> after 20 warm-up calls.</summary>
    internal static TimeSpan Time(int iterations, Func<int> body)
    {
        for (var i = 0; i < 20; i++)
        {
            body();
        }

        var watch = Stopwatch.StartNew();
        for (var i = 0; i < iterations; i++)
        {
            body();
        }

        return watch.Elapsed / iterations;
    }
}
