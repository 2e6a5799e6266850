using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Ugc.Grains.Classification;

namespace Ugc.Bench.Http;

/// <summary>
/// The catalog the http suite reads: a brand with N products (the first few "hot" with many reviews, the rest sharing
/// the remainder), two retailers carrying some of them under the same GTINs with syndication edges from the brand,
/// reviews submitted through the content API as shops post them, and helpfulness votes on the hot products' reviews.
/// </summary>
internal sealed class BenchCatalog
{
    public const string Brand = "bench-brand";
    public const int SeedConnections = 64;

    private static readonly string[] s_retailers = ["bench-shop", "bench-mart"];

    // A bench client is one shop posting for many shoppers: its limits must not stop the load itself.
    private static readonly object s_openLimits = new
    {
        submissionsPerShopper = 1_000_000, submissionsPerDevice = 1_000_000, submissionsPerIp = 1_000_000_000,
        submissionsPerEmail = 1_000_000, windowMinutes = 10, reviewsPerProductPerShopper = 1, lowRatingBurst = 1_000_000, burstWindowMinutes = 60,
    };

    private BenchCatalog(string key, IReadOnlyList<string> products, IReadOnlyList<string> hot)
    {
        Key = key;
        ProductIds = products;
        HotProductIds = hot;
    }

    /// <summary>The brand's display and submit key.</summary>
    public string Key { get; }

    public IReadOnlyList<string> ProductIds { get; }

    /// <summary>The products with many reviews, for the page scenarios.</summary>
    public IReadOnlyList<string> HotProductIds { get; }

    /// <summary>Every accepted review, as the database baseline loads them.</summary>
    public ConcurrentBag<SeededReview> Reviews { get; } = [];

    /// <summary>Accepted helpfulness votes by review id: positive, negative.</summary>
    public ConcurrentDictionary<string, (int Positive, int Negative)> Votes { get; } = new(StringComparer.Ordinal);

    public static string ProductId(int i) => $"p{i:D4}";

    /// <summary>Creates the clients and catalogs, submits the reviews and votes, and waits until reads show them.</summary>
    public static async Task<BenchCatalog> SeedAsync(ContentApi api, HttpBenchOptions options, ReviewTexts texts, Report report)
    {
        var clock = Stopwatch.StartNew();
        var key = await CreateClientAsync(api, Brand, "brand");
        var products = Enumerable.Range(0, options.Products).Select(ProductId).ToList();
        await Task.WhenAll(products.Chunk(250).Select(chunk => api.ImportAsync(Brand, chunk.Select(Product))));
        for (var r = 0; r < s_retailers.Length; r++)
        {
            var retailer = s_retailers[r];
            await CreateClientAsync(api, retailer, "retailer");
            // Every 4th (or 8th) brand product is sold by the retailer under its own id and the same GTIN.
            var carried = products.Where((_, i) => i % (4 << r) == 0).Select(p => Product(p) with { Id = $"{retailer}-{p}" });
            await api.ImportAsync(retailer, carried);
            await api.AdminAsync(HttpMethod.Post, "/admin/syndication", new { from = Brand, to = retailer });
        }

        var catalogTime = clock.Elapsed;
        var hot = products.Take(options.HotProducts).ToList();
        var catalog = new BenchCatalog(key, products, hot);
        var plan = Plan(options, hot, products);
        var random = new SplitMix64(7);
        var forms = plan.Select((product, n) => Review(texts, random, product, n)).ToList();
        var accepted = 0;
        await ForEachAsync(forms, SeedConnections, async review =>
        {
            var (id, answer) = await api.SubmitAsync("submitreview", key, review.Form);
            if (id is null)
            {
                return;
            }

            Interlocked.Increment(ref accepted);
            catalog.Reviews.Add(review.Accepted(id));
        });
        var ackTime = clock.Elapsed;
        report.Note($"seeding: {options.Products:N0} brand products and {products.Count / 4 + products.Count / 8:N0} retailer products in " +
            $"{catalogTime.TotalSeconds:F1} s; {accepted:N0} of {forms.Count:N0} reviews acknowledged in {(ackTime - catalogTime).TotalSeconds:F1} s " +
            $"({accepted / (ackTime - catalogTime).TotalSeconds:N0}/s over {SeedConnections} connections)");

        var visible = await WaitVisibleAsync(api, catalog, accepted);
        var visibleTime = clock.Elapsed;
        var votes = await VoteAsync(api, catalog, options);
        await WaitVisibleAsync(api, catalog, accepted);
        report.Note($"seeding: {visible:N0} reviews visible {(visibleTime - ackTime).TotalSeconds:F1} s after the last acknowledgement; " +
            $"{votes:N0} helpfulness votes on the hot products in {(clock.Elapsed - visibleTime).TotalSeconds:F1} s; seeding took {clock.Elapsed.TotalSeconds:F0} s in all");
        return catalog;
    }

    /// <summary>A client with <paramref name="products"/> products and no content, for the submission runs; its key and product ids.</summary>
    public static async Task<(string Key, IReadOnlyList<string> Products)> SmallAsync(ContentApi api, int products)
    {
        var key = await CreateClientAsync(api, Brand, "brand");
        var ids = Enumerable.Range(0, products).Select(ProductId).ToList();
        await api.ImportAsync(Brand, ids.Select(Product));
        return (key, ids);
    }

    /// <summary>Runs <paramref name="body"/> over <paramref name="items"/> with at most <paramref name="concurrency"/> at once.</summary>
    public static Task ForEachAsync<T>(IEnumerable<T> items, int concurrency, Func<T, Task> body) =>
        Parallel.ForEachAsync(items, new ParallelOptions { MaxDegreeOfParallelism = concurrency }, async (item, _) => await body(item));

    /// <summary>The statistics path of up to 100 products.</summary>
    public string StatisticsPath(IEnumerable<string> products) =>
        $"/data/statistics.json?apiversion=5.4&passkey={Key}&Filter=ProductId:{string.Join(',', products)}&Stats=Reviews";

    private static CatalogRow Product(string id) => new(id, $"Bench product {id}", "BenchCo",
        $"cat-{int.Parse(id[1..], CultureInfo.InvariantCulture) % 20:D2}", [$"4{int.Parse(id[1..], CultureInfo.InvariantCulture):D13}"],
        $"https://img.example.com/{id}.jpg", $"https://www.example.com/products/{id}");

    private static async Task<string> CreateClientAsync(ContentApi api, string id, string kind)
    {
        await api.AdminAsync(HttpMethod.Post, "/admin/clients", new { id, name = id, kind, locales = new[] { "en_US" } });
        await api.AdminAsync(HttpMethod.Patch, $"/admin/clients/{id}", new { limits = s_openLimits });
        var issued = await api.AdminAsync(HttpMethod.Post, $"/admin/clients/{id}/keys", new { scopes = new[] { "display", "submit" } });
        return issued.GetProperty("key").GetString()!;
    }

    /// <summary>Which product each review goes to: the hot products' share first, the rest spread at random; then shuffled.</summary>
    private static List<string> Plan(HttpBenchOptions options, List<string> hot, List<string> products)
    {
        var random = new SplitMix64(11);
        var plan = new List<string>(options.Reviews);
        for (var i = 0; i < Math.Min(options.Reviews, hot.Count * options.HotReviews); i++)
        {
            plan.Add(hot[i % hot.Count]);
        }

        var rest = products.Skip(hot.Count).ToList();
        while (plan.Count < options.Reviews && rest.Count > 0)
        {
            plan.Add(rest[random.Next(rest.Count)]);
        }

        random.Shuffle(plan);
        return plan;
    }

    private static PlannedReview Review(ReviewTexts texts, SplitMix64 random, string product, int n)
    {
        var rating = ReviewTexts.Rating(random);
        var title = texts.Title(random);
        var text = texts.Text(random);
        var user = $"seed-{n}";
        var form = ContentApi.Form(("Action", "Submit"), ("ProductId", product), ("Rating", rating.ToString(CultureInfo.InvariantCulture)),
            ("Title", title), ("ReviewText", text), ("IsRecommended", rating >= 4 ? "true" : "false"), ("UserId", user),
            ("UserNickname", $"shopper{n}"), ("UserEmail", $"{user}@example.com"), ("UserLocation", "Denver, CO"), ("Locale", "en_US"));
        return new PlannedReview(form, product, user, $"shopper{n}", rating, title, text);
    }

    private static async Task<int> VoteAsync(ContentApi api, BenchCatalog catalog, HttpBenchOptions options)
    {
        var random = new SplitMix64(13);
        var votes = new List<(string ReviewId, bool Positive, string Form)>();
        var hot = catalog.HotProductIds.ToHashSet(StringComparer.Ordinal);
        foreach (var review in catalog.Reviews.Where(r => hot.Contains(r.ProductId)).OrderBy(r => r.Id, StringComparer.Ordinal))
        {
            // A third of the hot reviews get one to four votes, mostly helpful.
            if (!random.Chance(options.Quick ? 0.1 : 0.3))
            {
                continue;
            }

            for (var v = random.Next(4); v >= 0; v--)
            {
                var positive = random.Chance(0.75);
                votes.Add((review.Id, positive, ContentApi.Form(("Action", "Submit"), ("ContentType", "review"), ("ContentId", review.Id),
                    ("FeedbackType", "helpfulness"), ("Vote", positive ? "positive" : "negative"), ("UserId", $"voter-{votes.Count}"))));
            }
        }

        var accepted = 0;
        await ForEachAsync(votes, SeedConnections, async vote =>
        {
            if ((await api.SubmitAsync("submitfeedback", catalog.Key, vote.Form)).SubmissionId is not null)
            {
                Interlocked.Increment(ref accepted);
                catalog.Votes.AddOrUpdate(vote.ReviewId, _ => vote.Positive ? (1, 0) : (0, 1),
                    (_, c) => vote.Positive ? (c.Positive + 1, c.Negative) : (c.Positive, c.Negative + 1));
            }
        });
        return accepted;
    }

    /// <summary>Waits until the visible review count of the brand's products stops growing (held or rejected reviews never show).</summary>
    private static async Task<long> WaitVisibleAsync(ContentApi api, BenchCatalog catalog, int accepted)
    {
        var deadline = Stopwatch.StartNew();
        long last = -1;
        var stableSince = Stopwatch.StartNew();
        while (deadline.Elapsed < TimeSpan.FromMinutes(20))
        {
            long total = 0;
            foreach (var chunk in catalog.ProductIds.Chunk(100))
            {
                using var document = JsonDocument.Parse(await api.GetAsync(catalog.StatisticsPath(chunk)));
                foreach (var result in document.RootElement.GetProperty("Results").EnumerateArray())
                {
                    total += result.GetProperty("ProductStatistics").GetProperty("ReviewStatistics").GetProperty("TotalReviewCount").GetInt64();
                }
            }

            if (total != last)
            {
                last = total;
                stableSince.Restart();
            }
            else if (total >= accepted || stableSince.Elapsed > TimeSpan.FromSeconds(10))
            {
                return total;
            }

            await Task.Delay(1000);
        }

        return last;
    }

    private sealed record CatalogRow(string Id, string Name, string Brand, string CategoryId, string[] Gtins, string ImageUrl, string ProductPageUrl);

    private sealed record PlannedReview(string Form, string ProductId, string UserId, string Nickname, int Rating, string Title, string Text)
    {
        public SeededReview Accepted(string id) => new(id, ProductId, UserId, Nickname, Rating, Title, Text, DateTimeOffset.UtcNow);
    }
}

/// <summary>A review the host acknowledged, as the database baseline stores it.</summary>
internal sealed record SeededReview(string Id, string ProductId, string AuthorId, string Nickname, int Rating, string Title, string Text, DateTimeOffset SubmittedAt);
