using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Ugc.Testing;

namespace Ugc.Silo.Tests.Api;

/// <summary>Filter, Sort, Limit/Offset, Include, Stats, FilteredStats and Search over HTTP on one seeded tenant.</summary>
public sealed class DisplayQueryTests : IClassFixture<DisplayQueryTests.SeededFactory>
{
    private readonly SeededFactory _factory;

    public DisplayQueryTests(SeededFactory factory) => _factory = factory;

    private async Task<JsonElement> GetAsync(string query)
    {
        var display = await _factory.DisplayKeyAsync();
        using var http = _factory.CreateClient();
        var response = await http.GetAsync(string.Format(CultureInfo.InvariantCulture, query, display));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await UgcApiFactory.JsonAsync(response);
    }

    private static int[] Ratings(JsonElement page) =>
        [.. page.GetProperty("Results").EnumerateArray().Select(r => r.GetProperty("Rating").GetInt32())];

    private static void NoErrors(JsonElement page) => Assert.False(page.GetProperty("HasErrors").GetBoolean(), page.ToString());

    [Theory]
    [InlineData("eq", new[] { 3 })]
    [InlineData("neq", new[] { 1, 4, 5 })]
    [InlineData("lt", new[] { 1 })]
    [InlineData("lte", new[] { 1, 3 })]
    [InlineData("gt", new[] { 4, 5 })]
    [InlineData("gte", new[] { 3, 4, 5 })]
    public async Task Every_rating_operator_selects_the_right_reviews(string op, int[] expected)
    {
        var page = await GetAsync($"/data/reviews.json?passkey={{0}}&Filter=Rating:{op}:3&Sort=Rating:asc");
        NoErrors(page);
        Assert.Equal(expected, Ratings(page));
        Assert.Equal(expected.Length, page.GetProperty("TotalResults").GetInt32());
    }

    [Fact]
    public async Task Operator_defaults_to_eq_and_comma_values_are_ored()
    {
        Assert.Equal(new[] { 3 }, Ratings(await GetAsync("/data/reviews.json?passkey={0}&Filter=Rating:3")));
        Assert.Equal(new[] { 1, 5 }, Ratings(await GetAsync("/data/reviews.json?passkey={0}&Filter=Rating:1,5&Sort=Rating:asc")));
        Assert.Equal(new[] { 1, 4, 5 }, Ratings(await GetAsync("/data/reviews.json?passkey={0}&Filter=Rating:eq:1,4,5&Sort=Rating:asc")));
    }

    [Fact]
    public async Task Repeated_filters_are_anded()
    {
        var page = await GetAsync("/data/reviews.json?passkey={0}&Filter=Rating:gte:3&Filter=ProductId:p1&Sort=Rating:asc");
        NoErrors(page);
        Assert.Equal(new[] { 3, 5 }, Ratings(page));
        Assert.All(page.GetProperty("Results").EnumerateArray(), r => Assert.Equal("p1", r.GetProperty("ProductId").GetString()));
    }

    [Fact]
    public async Task Parameter_field_and_operator_names_are_case_insensitive()
    {
        var page = await GetAsync("/data/reviews.json?PASSKEY={0}&filter=RATING:GTE:3&FILTER=productid:EQ:p1&sort=rating:DESC&LIMIT=1");
        NoErrors(page);
        Assert.Equal(new[] { 5 }, Ratings(page));
        Assert.Equal(2, page.GetProperty("TotalResults").GetInt32());
        Assert.Equal(1, page.GetProperty("Limit").GetInt32());
    }

    [Fact]
    public async Task Sort_by_rating_both_ways_and_by_submission_time()
    {
        Assert.Equal(new[] { 1, 3, 4, 5 }, Ratings(await GetAsync("/data/reviews.json?passkey={0}&Sort=Rating:asc")));
        Assert.Equal(new[] { 5, 4, 3, 1 }, Ratings(await GetAsync("/data/reviews.json?passkey={0}&Sort=Rating:desc")));

        // Sorting compares SubmissionTime at whole seconds (see the skipped test below), so only that granularity is asserted here.
        var ascending = await TimesAsync("/data/reviews.json?passkey={0}&Sort=SubmissionTime:asc", TimeSpan.TicksPerSecond);
        var descending = await TimesAsync("/data/reviews.json?passkey={0}&Sort=SubmissionTime:desc", TimeSpan.TicksPerSecond);
        var byDefault = await TimesAsync("/data/reviews.json?passkey={0}", TimeSpan.TicksPerSecond);
        Assert.Equal(4, ascending.Length);
        Assert.Equal(ascending.Order(), ascending);
        Assert.Equal(descending.OrderDescending(), descending);
        Assert.Equal(descending, byDefault);
    }

    [Fact]
    public async Task Sort_by_submission_time_honours_milliseconds()
    {
        var ascending = await TimesAsync("/data/reviews.json?passkey={0}&Sort=SubmissionTime:asc", 1);
        var descending = await TimesAsync("/data/reviews.json?passkey={0}&Sort=SubmissionTime:desc", 1);
        Assert.Equal(ascending.Order(), ascending);
        Assert.Equal(descending.OrderDescending(), descending);
    }

    private async Task<long[]> TimesAsync(string query, long granularityTicks)
    {
        var page = await GetAsync(query);
        NoErrors(page);
        return [.. page.GetProperty("Results").EnumerateArray()
            .Select(r => DateTimeOffset.Parse(r.GetProperty("SubmissionTime").GetString()!, CultureInfo.InvariantCulture).UtcTicks / granularityTicks)];
    }

    [Fact]
    public async Task Limit_and_offset_page_through_the_sorted_set()
    {
        var page = await GetAsync("/data/reviews.json?passkey={0}&Sort=Rating:asc&Limit=2&Offset=1");
        NoErrors(page);
        Assert.Equal(new[] { 3, 4 }, Ratings(page));
        Assert.Equal(2, page.GetProperty("Limit").GetInt32());
        Assert.Equal(1, page.GetProperty("Offset").GetInt32());
        Assert.Equal(4, page.GetProperty("TotalResults").GetInt32());

        var last = await GetAsync("/data/reviews.json?passkey={0}&Sort=Rating:asc&Limit=2&Offset=3");
        Assert.Equal(new[] { 5 }, Ratings(last));

        var defaults = await GetAsync("/data/reviews.json?passkey={0}");
        Assert.Equal(10, defaults.GetProperty("Limit").GetInt32());
        Assert.Equal(0, defaults.GetProperty("Offset").GetInt32());

        var edge = await GetAsync("/data/reviews.json?passkey={0}&Limit=100&Offset=300000");
        NoErrors(edge);
        Assert.Equal(0, edge.GetProperty("Results").GetArrayLength());
        Assert.Equal(4, edge.GetProperty("TotalResults").GetInt32());
    }

    [Theory]
    [InlineData("Limit=0", "ERROR_PARAM_INVALID_LIMIT")]
    [InlineData("Limit=101", "ERROR_PARAM_INVALID_LIMIT")]
    [InlineData("Offset=-1", "ERROR_PARAM_INVALID_OFFSET")]
    [InlineData("Offset=300001", "ERROR_PARAM_INVALID_OFFSET")]
    [InlineData("Include=Products&Limit_Products=21", "ERROR_PARAM_INVALID_LIMIT")]
    [InlineData("Filter=Nope:1", "ERROR_PARAM_INVALID_FILTER_ATTRIBUTE")]
    [InlineData("Filter=Rating:gte:3&Filter=NotAField:eq:x", "ERROR_PARAM_INVALID_FILTER_ATTRIBUTE")]
    [InlineData("Sort=Nope:asc", "ERROR_PARAM_INVALID_SORT_ATTRIBUTE")]
    [InlineData("Sort=Rating:asc,Bogus:desc", "ERROR_PARAM_INVALID_SORT_ATTRIBUTE")]
    public async Task Bad_paging_filter_or_sort_gets_the_exact_error_envelope(string parameters, string code)
    {
        var page = await GetAsync("/data/reviews.json?passkey={0}&" + parameters);
        Assert.True(page.GetProperty("HasErrors").GetBoolean());
        Assert.Contains(page.GetProperty("Errors").EnumerateArray(), e => e.GetProperty("Code").GetString() == code);
        Assert.All(page.GetProperty("Errors").EnumerateArray(), e => Assert.False(string.IsNullOrEmpty(e.GetProperty("Message").GetString())));
        foreach (var number in new[] { "Limit", "Offset", "TotalResults" })
        {
            Assert.Equal(JsonValueKind.Null, page.GetProperty(number).ValueKind);
        }

        Assert.Equal(JsonValueKind.Array, page.GetProperty("Results").ValueKind);
        Assert.Equal(0, page.GetProperty("Results").GetArrayLength());
        Assert.True(page.TryGetProperty("Includes", out _));
        Assert.True(page.TryGetProperty("Locale", out _));
    }

    [Fact]
    public async Task Include_products_with_their_order_and_limit_per_type()
    {
        var page = await GetAsync("/data/reviews.json?passkey={0}&Include=Products&Limit_Products=20&Sort=Rating:desc");
        NoErrors(page);
        var includes = page.GetProperty("Includes");
        var products = includes.GetProperty("Products");
        Assert.Equal("Alpha boots", products.GetProperty("p1").GetProperty("Name").GetString());
        Assert.Equal("Beta jacket", products.GetProperty("p2").GetProperty("Name").GetString());
        var order = includes.GetProperty("ProductsOrder").EnumerateArray().Select(e => e.GetString()).ToList();
        Assert.Equal(2, order.Count);
        Assert.Equal(["p1", "p2"], order.Order());

        var products1 = await GetAsync("/data/products.json?passkey={0}&Filter=Id:p1&Include=Reviews&Limit_Reviews=1");
        NoErrors(products1);
        Assert.Single(products1.GetProperty("Includes").GetProperty("ReviewsOrder").EnumerateArray());
        Assert.Single(products1.GetProperty("Includes").GetProperty("Reviews").EnumerateObject());
    }

    [Fact]
    public async Task Stats_reviews_on_products_json()
    {
        var page = await GetAsync("/data/products.json?passkey={0}&Filter=Id:p1&Stats=Reviews");
        NoErrors(page);
        var stats = page.GetProperty("Results")[0].GetProperty("ReviewStatistics");
        Assert.Equal(3, stats.GetProperty("TotalReviewCount").GetInt32());
        Assert.Equal(3.0, stats.GetProperty("AverageOverallRating").GetDouble(), 3);
        Assert.Equal(5, stats.GetProperty("OverallRatingRange").GetInt32());
        var buckets = stats.GetProperty("RatingDistribution").EnumerateArray()
            .ToDictionary(b => b.GetProperty("RatingValue").GetInt32(), b => b.GetProperty("Count").GetInt32());
        Assert.Equal(new Dictionary<int, int> { [1] = 1, [3] = 1, [5] = 1 }, buckets);

        var tolerant = await GetAsync("/data/products.json?passkey={0}&Filter=Id:p2&Stats=Reviews,");
        NoErrors(tolerant);
        Assert.Equal(4.0, tolerant.GetProperty("Results")[0].GetProperty("ReviewStatistics").GetProperty("AverageOverallRating").GetDouble(), 3);
    }

    [Fact]
    public async Task Filtered_stats_count_only_the_filtered_reviews()
    {
        var page = await GetAsync("/data/products.json?passkey={0}&Filter=Id:p1&Stats=Reviews&FilteredStats=Reviews&Filter_Reviews=Rating:gte:3");
        NoErrors(page);
        var product = page.GetProperty("Results")[0];
        Assert.Equal(3, product.GetProperty("ReviewStatistics").GetProperty("TotalReviewCount").GetInt32());
        var filtered = product.GetProperty("FilteredReviewStatistics");
        Assert.Equal(2, filtered.GetProperty("TotalReviewCount").GetInt32());
        Assert.Equal(4.0, filtered.GetProperty("AverageOverallRating").GetDouble(), 3);

        var unfiltered = await GetAsync("/data/products.json?passkey={0}&Filter=Id:p1");
        Assert.Equal(JsonValueKind.Null, unfiltered.GetProperty("Results")[0].GetProperty("FilteredReviewStatistics").ValueKind);
    }

    [Fact]
    public async Task Search_finds_text_within_one_product()
    {
        var hit = await GetAsync("/data/reviews.json?passkey={0}&Filter=ProductId:p1&Search=waterproof");
        NoErrors(hit);
        Assert.Equal(new[] { 5 }, Ratings(hit));

        var otherProduct = await GetAsync("/data/reviews.json?passkey={0}&Filter=ProductId:p2&Search=waterproof");
        NoErrors(otherProduct);
        Assert.Equal(0, otherProduct.GetProperty("TotalResults").GetInt32());

        var none = await GetAsync("/data/reviews.json?passkey={0}&Filter=ProductId:p1&Search=xylophone");
        Assert.Equal(0, none.GetProperty("TotalResults").GetInt32());
    }

    /// <summary>One tenant ("dq") with two products and four approved reviews: p1 rated 1, 3, 5; p2 rated 4.</summary>
    public sealed class SeededFactory : UgcApiFactory
    {
        private readonly Lock _lock = new();

        protected override IEnumerable<KeyValuePair<string, string?>> Settings =>
            [.. base.Settings, new("Ugc:Gateway:KeyPermitLimit", "1000000"), new("Ugc:Gateway:IpPermitLimit", "1000000")];
        private Task<string>? _seed;

        /// <summary>Seeds once; every test sees the same outcome (the first failure included).</summary>
        public Task<string> DisplayKeyAsync()
        {
            lock (_lock)
            {
                return _seed ??= SeedAsync();
            }
        }

        private async Task<string> SeedAsync()
        {
            var (display, full) = await TenantAsync("dq", "brand",
                new { id = "p1", name = "Alpha boots" }, new { id = "p2", name = "Beta jacket" });
            (string Product, int Rating, string Text)[] reviews =
            [
                ("p1", 1, "The sole came loose after two weeks of walking to work, and the stitching frayed quickly."),
                ("p1", 3, "Comfortable enough for daily walks but the laces are short and the fit runs a bit narrow."),
                ("p1", 5, "Truly waterproof boots: I hiked through creeks all weekend and my socks stayed dry."),
                ("p2", 4, "A warm jacket with deep pockets; the hood is a little loose in strong wind though."),
            ];
            using var http = CreateClient();
            var ids = new List<string>();
            for (var i = 0; i < reviews.Length; i++)
            {
                var (product, rating, text) = reviews[i];
                var receipt = await JsonAsync(await http.PostAsync($"/data/submitreview.json?passkey={full}", new FormUrlEncodedContent(new Dictionary<string, string>
                {
                    ["Action"] = "Submit", ["ProductId"] = product, ["Rating"] = rating.ToString(CultureInfo.InvariantCulture),
                    ["Title"] = $"Review {i}", ["ReviewText"] = text, ["UserNickname"] = $"shopper{i}", ["UserId"] = $"dq-u{i}",
                    ["UserEmail"] = $"dq{i}@example.com", ["fp"] = $"dq-device-{i}",
                })));
                Assert.False(receipt.GetProperty("HasErrors").GetBoolean(), receipt.ToString());
                ids.Add(receipt.GetProperty("SubmissionId").GetString()!);
            }

            // The models may hold an honest review for a human (seen: the "waterproof" text scored as spam); approve it as a moderator would.
            using (var moderator = Admin())
            {
                foreach (var id in ids)
                {
                    await Poll.UntilAsync(async () =>
                    {
                        var content = await JsonAsync(await moderator.GetAsync($"/admin/content/{id}"));
                        // Until the submission is moderated the answer is a 404 ProblemDetails, whose "status" is a number.
                        return content.TryGetProperty("status", out var status) && status.ValueKind == JsonValueKind.String
                            && status.GetString() is "Approved" or "Held";
                    }, $"submission {id} is moderated", TimeSpan.FromSeconds(30));
                    var decided = await JsonAsync(await moderator.GetAsync($"/admin/content/{id}"));
                    if (decided.GetProperty("status").GetString() == "Held")
                    {
                        (await moderator.PostAsJsonAsync($"/admin/content/{id}/decision", new { decision = "approve", reason = "test seed" })).EnsureSuccessStatusCode();
                    }
                }
            }

            JsonElement last = default;
            try
            {
                await Poll.UntilAsync(async () =>
                {
                    last = await JsonAsync(await http.GetAsync($"/data/reviews.json?passkey={display}"));
                    return !last.GetProperty("HasErrors").GetBoolean() && last.GetProperty("TotalResults").GetInt32() == reviews.Length;
                }, "the four seeded reviews are visible", TimeSpan.FromSeconds(30));
            }
            catch (TimeoutException timeout)
            {
                using var admin = Admin();
                var trails = new List<string>();
                foreach (var id in ids)
                {
                    trails.Add(await (await admin.GetAsync($"/admin/content/{id}")).Content.ReadAsStringAsync());
                }

                throw new TimeoutException($"{timeout.Message} Last page: {last}\nContent: {string.Join("\n", trails)}", timeout);
            }

            return display;
        }
    }
}
