using Ugc.Contracts.Catalog;
using Ugc.Contracts.Content;
using Ugc.Contracts.Queries;
using Ugc.Grains.Catalog;

namespace Ugc.Grains.Queries;

// Products, categories, authors and statistics.
public static partial class QueryFields
{
    private static SortClause[] ById => [new("Id", Descending: false)];

    private static QuerySchema<ProductView> ProductSchema() => new(ContentType.Products,
        [
            Text<ProductView>("Id", p => p.Catalog.Id, sortable: true),
            Text<ProductView>("Name", p => p.Catalog.Name, sortable: true),
            Text<ProductView>("CategoryId", p => p.Catalog.CategoryId, sortable: true),
            Text<ProductView>("BrandId", p => p.Catalog.Brand),
            Flag<ProductView>("IsActive", p => p.Catalog.Active, sortable: true),
            Flag<ProductView>("IsDisabled", p => !p.Catalog.Active),
            Number<ProductView>("AverageOverallRating", p => p.Statistics.Reviews.AverageOverallRating, sortable: true),
            Number<ProductView>("TotalReviewCount", p => p.Statistics.Reviews.TotalReviewCount, sortable: true),
            Number<ProductView>("TotalQuestionCount", p => p.Statistics.QA.TotalQuestionCount, sortable: true),
            Number<ProductView>("TotalAnswerCount", p => p.Statistics.QA.TotalAnswerCount, sortable: true),
            Texts<ProductView>("EAN", p => ProductCodes.Eans(p.Catalog.GtinList)),
            Texts<ProductView>("UPC", p => ProductCodes.Upcs(p.Catalog.GtinList)),
            Texts<ProductView>("ISBN", p => ProductCodes.Isbns(p.Catalog.GtinList)),

            // The catalog import carries no part or model numbers: accepted as the Conversations API does, and empty.
            Texts<ProductView>("ManufacturerPartNumber", _ => []),
            Texts<ProductView>("ModelNumber", _ => []),
        ],
        [],
        [ContentType.Reviews, ContentType.Questions, ContentType.Answers, ContentType.Categories],
        ById, p => p.Catalog.Id);

    private static QuerySchema<CategoryItem> CategorySchema() => new(ContentType.Categories,
        [
            Text<CategoryItem>("Id", c => c.Id, sortable: true),
            Text<CategoryItem>("Name", c => c.Name, sortable: true),
            Text<CategoryItem>("ParentId", c => c.ParentId),
        ],
        [],
        [ContentType.Products],
        ById, c => c.Id);

    private static QuerySchema<AuthorItem> AuthorSchema() => new(ContentType.Authors,
        [
            Text<AuthorItem>("Id", a => a.View.Id, sortable: true),
            Texts<AuthorItem>("ContentLocale", a => [.. a.Published.Select(d => d.ContentLocale).OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase)]),
            Time<AuthorItem>("SubmissionTime", a => a.View.FirstSeen, sortable: true),
            Time<AuthorItem>("LastModeratedTime", a => a.Published.Max(d => d.LastModeratedTime), sortable: true),
            Number<AuthorItem>("TotalReviewCount", a => a.Published.Count(d => d.Type == ContentType.Reviews), sortable: true),
            Number<AuthorItem>("TotalQuestionCount", a => a.Published.Count(d => d.Type == ContentType.Questions), sortable: true),
            Number<AuthorItem>("TotalAnswerCount", a => a.Published.Count(d => d.Type == ContentType.Answers), sortable: true),
        ],
        [],
        [ContentType.Reviews, ContentType.Questions, ContentType.Answers, ContentType.ReviewComments],
        NewestFirst, a => a.View.Id);

    private static QuerySchema<ProductView> StatisticsSchema() => new(ContentType.Statistics,
        [
            Text<ProductView>("ProductId", p => p.Catalog.Id, sortable: true),

            // Accepted as the Conversations API does; statistics are not split by locale, so it reads nothing and
            // statistics.json applies only ProductId.
            Text<ProductView>("ContentLocale", _ => null),
        ],
        [],
        [],
        [new("ProductId", Descending: false)], p => p.Catalog.Id);
}
