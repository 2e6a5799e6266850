using Ugc.Contracts.Catalog;
using Ugc.Contracts.Content;
using Ugc.Contracts.Queries;
using Ugc.Contracts.Shoppers;
using Ugc.Grains.Catalog;
using Ugc.Grains.Queries;

namespace Ugc.Grains.Tests.Queries;

/// <summary>Low, high and missing values of the fields of products, categories, authors and statistics.</summary>
internal static class CatalogFieldSamples
{
    private static readonly DateTimeOffset T0 = ContentFieldSamples.T0;

    /// <summary>Fields that are accepted but read nothing, as their definitions say.</summary>
    public static readonly IReadOnlyDictionary<ContentType, string[]> AlwaysMissing = new Dictionary<ContentType, string[]>
    {
        [ContentType.Products] = ["ManufacturerPartNumber", "ModelNumber"],
        [ContentType.Statistics] = ["ContentLocale"],
    };

    public static Dictionary<string, FieldSample<ProductView>> Products() => new(StringComparer.Ordinal)
    {
        ["Id"] = P(p => p with { Catalog = p.Catalog with { Id = "alpha" } }, p => p with { Catalog = p.Catalog with { Id = "Beta" } }, "alpha", "Beta", missing: false),
        ["Name"] = P(p => p with { Catalog = p.Catalog with { Name = "alpha" } }, p => p with { Catalog = p.Catalog with { Name = "Beta" } }, "alpha", "Beta", missing: false),
        ["CategoryId"] = P(p => p with { Catalog = p.Catalog with { CategoryId = "alpha" } }, p => p with { Catalog = p.Catalog with { CategoryId = "Beta" } }, "alpha", "Beta"),
        ["BrandId"] = P(p => p with { Catalog = p.Catalog with { Brand = "alpha" } }, p => p with { Catalog = p.Catalog with { Brand = "Beta" } }, "alpha", "Beta"),
        ["IsActive"] = P(p => p with { Catalog = p.Catalog with { Active = false } }, p => p, "false", "true", missing: false),
        ["IsDisabled"] = P(p => p, p => p with { Catalog = p.Catalog with { Active = false } }, "false", "true", missing: false),
        ["AverageOverallRating"] = P(p => WithReviews(p, 2), p => WithReviews(p, 4), "2", "4"),
        ["TotalReviewCount"] = P(p => WithReviews(p, 3), p => WithReviews(p, 3, 5), "1", "2", missing: false),
        ["TotalQuestionCount"] = P(p => WithQa(p, 1, 0), p => WithQa(p, 2, 0), "1", "2", missing: false),
        ["TotalAnswerCount"] = P(p => WithQa(p, 1, 1), p => WithQa(p, 1, 2), "1", "2", missing: false),
        ["EAN"] = P(p => Gtins(p, "4000000000001", "012345678905"), p => Gtins(p, "5000000000002"), "4000000000001", "5000000000002"),
        ["UPC"] = P(p => Gtins(p, "012345678905", "4000000000001"), p => Gtins(p, "112345678905"), "012345678905", "112345678905"),
        ["ISBN"] = P(p => Gtins(p, "9780000000001", "4000000000001"), p => Gtins(p, "9790000000002"), "9780000000001", "9790000000002"),
    };

    public static Dictionary<string, FieldSample<CategoryItem>> Categories() => new(StringComparer.Ordinal)
    {
        ["Id"] = new(new("alpha", "n", null, []), new("Beta", "n", null, []), "alpha", "Beta", []),
        ["Name"] = new(new("c1", "alpha", null, []), new("c2", "Beta", null, []), "alpha", "Beta", []),
        ["ParentId"] = new(new("c1", "n", "alpha", []), new("c2", "n", "Beta", []), "alpha", "Beta", [new("c0", "n", null, [])]),
    };

    public static Dictionary<string, FieldSample<AuthorItem>> Authors() => new(StringComparer.Ordinal)
    {
        ["Id"] = A(a => a with { View = a.View with { Id = "alpha" } }, a => a with { View = a.View with { Id = "Beta" } }, "alpha", "Beta", missing: false),
        ["ContentLocale"] = A(a => Published(a, Doc(ContentType.Reviews) with { ContentLocale = "de_DE" }),
            a => Published(a, Doc(ContentType.Reviews) with { ContentLocale = "en_US" }), "de_DE", "en_US"),
        ["SubmissionTime"] = A(a => a with { View = a.View with { FirstSeen = T0 } }, a => a with { View = a.View with { FirstSeen = T0.AddHours(1) } },
            ContentFieldSamples.Epoch(T0), ContentFieldSamples.Epoch(T0.AddHours(1))),
        ["LastModeratedTime"] = A(a => Published(a, Doc(ContentType.Reviews) with { LastModeratedTime = T0 }),
            a => Published(a, Doc(ContentType.Reviews) with { LastModeratedTime = T0.AddHours(1) }, Doc(ContentType.Answers) with { LastModeratedTime = T0 }),
            ContentFieldSamples.Epoch(T0), ContentFieldSamples.Epoch(T0.AddHours(1))),
        ["TotalReviewCount"] = A(a => Published(a, Doc(ContentType.Reviews)), a => Published(a, Doc(ContentType.Reviews), Doc(ContentType.Reviews), Doc(ContentType.Answers)),
            "1", "2", missing: false),
        ["TotalQuestionCount"] = A(a => Published(a, Doc(ContentType.Questions)), a => Published(a, Doc(ContentType.Questions), Doc(ContentType.Questions)),
            "1", "2", missing: false),
        ["TotalAnswerCount"] = A(a => Published(a, Doc(ContentType.Answers)), a => Published(a, Doc(ContentType.Answers), Doc(ContentType.Answers), Doc(ContentType.Reviews)),
            "1", "2", missing: false),
    };

    public static Dictionary<string, FieldSample<ProductView>> Statistics() => new(StringComparer.Ordinal)
    {
        ["ProductId"] = Products()["Id"],
    };

    /// <summary>Items of an endpoint for the fields that always read nothing.</summary>
    public static IReadOnlyList<ProductView> AnyProducts() => [Product("p1"), Gtins(Product("p2"), "4000000000001", "012345678905")];

    private static ProductView Product(string id) => new("client", new CatalogProduct(id, "Product " + id), [], [],
        new ProductStatistics(id, StatisticsCalculator.Reviews([]), StatisticsCalculator.Reviews([]), StatisticsCalculator.QA([])));

    private static FieldSample<ProductView> P(Func<ProductView, ProductView> low, Func<ProductView, ProductView> high, string lowText, string highText, bool missing = true) =>
        new(low(Product("p-low")), high(Product("p-high")), lowText, highText, missing ? [Product("p-none")] : []);

    private static ProductView WithReviews(ProductView p, params int[] ratings)
    {
        var reviews = ratings.Select((r, i) => Doc(ContentType.Reviews) with { Id = $"{p.Catalog.Id}-r{i}", Rating = r }).ToList();
        return p with { Statistics = p.Statistics with { Reviews = StatisticsCalculator.Reviews(reviews) } };
    }

    private static ProductView WithQa(ProductView p, int questions, int answers) =>
        p with { Statistics = p.Statistics with { QA = new QaStatistics(questions, answers, 0, null, null, null, null) } };

    private static ProductView Gtins(ProductView p, params string[] gtins) => p with { Catalog = p.Catalog with { Gtins = gtins } };

    private static AuthorItem Author(string id) => new(new AuthorView(id, "nick", null, [], null), []);

    private static FieldSample<AuthorItem> A(Func<AuthorItem, AuthorItem> low, Func<AuthorItem, AuthorItem> high, string lowText, string highText, bool missing = true) =>
        new(low(Author("a-low")), high(Author("a-high")), lowText, highText, missing ? [Author("a-none")] : []);

    private static AuthorItem Published(AuthorItem author, params ContentDocument[] documents) => author with { Published = documents };

    private static ContentDocument Doc(ContentType type) => ContentFieldSamples.Base(type, Guid.NewGuid().ToString("N"));
}
