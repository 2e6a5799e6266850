using Ugc.Contracts.Queries;

namespace Ugc.Grains.Queries;

/// <summary>
/// The one definition of every field of the display API: per endpoint, which fields <c>Filter</c> and <c>Sort</c>
/// accept, how their values compare, and how each reads an item. The request parser, the product grains and the
/// gateway's merges all use it.
/// </summary>
public static partial class QueryFields
{
    private static readonly Dictionary<ContentType, QuerySchema<ContentItem>> s_content = new()
    {
        [ContentType.Reviews] = Reviews(),
        [ContentType.Questions] = Questions(),
        [ContentType.Answers] = Answers(),
        [ContentType.ReviewComments] = Comments(),
    };

    /// <summary><c>products.json</c>.</summary>
    public static QuerySchema<Contracts.Catalog.ProductView> Products { get; } = ProductSchema();

    /// <summary><c>categories.json</c>.</summary>
    public static QuerySchema<CategoryItem> Categories { get; } = CategorySchema();

    /// <summary><c>authors.json</c>.</summary>
    public static QuerySchema<AuthorItem> Authors { get; } = AuthorSchema();

    /// <summary><c>statistics.json</c>.</summary>
    public static QuerySchema<Contracts.Catalog.ProductView> Statistics { get; } = StatisticsSchema();

    /// <summary>The schema of an endpoint, for the request parser.</summary>
    public static IQuerySchema For(ContentType type) => type switch
    {
        ContentType.Products => Products,
        ContentType.Categories => Categories,
        ContentType.Authors => Authors,
        ContentType.Statistics => Statistics,
        _ => s_content[type],
    };

    /// <summary>The schema of reviews, questions, answers or review comments.</summary>
    public static QuerySchema<ContentItem> Content(ContentType type) =>
        s_content.TryGetValue(type, out var schema) ? schema : throw new ArgumentOutOfRangeException(nameof(type), type, "Not a content type.");

    private static QueryField<T> Text<T>(string name, Func<T, string?> read, bool sortable = false, bool filterable = true) =>
        new(name, FieldValueKind.Text, item => read(item), filterable, sortable);

    private static QueryField<T> Texts<T>(string name, Func<T, IReadOnlyList<string>> read) =>
        new(name, FieldValueKind.Text, item => read(item));

    private static QueryField<T> Number<T>(string name, Func<T, double?> read, bool sortable = false) =>
        new(name, FieldValueKind.Number, item => read(item), Sortable: sortable);

    private static QueryField<T> Flag<T>(string name, Func<T, bool?> read, bool sortable = false) =>
        new(name, FieldValueKind.Boolean, item => read(item), Sortable: sortable);

    // Times are epoch seconds with the milliseconds as a fraction, so a sort keeps their order within a second.
    private static QueryField<T> Time<T>(string name, Func<T, DateTimeOffset?> read, bool sortable = false) =>
        new(name, FieldValueKind.Time, item => read(item) is { } t ? t.ToUnixTimeMilliseconds() / 1000.0 : null, Sortable: sortable);
}
