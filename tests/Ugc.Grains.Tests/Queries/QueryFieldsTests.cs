using Ugc.Contracts.Queries;
using Ugc.Grains.Queries;

namespace Ugc.Grains.Tests.Queries;

/// <summary>
/// Every field of every endpoint, through every operator and both sort directions, by the one definition the parser
/// and the evaluators share. A field without a sample here fails, so a new field cannot go untested.
/// </summary>
public sealed class QueryFieldsTests
{
    public static TheoryData<ContentType, string> Fields()
    {
        var data = new TheoryData<ContentType, string>();
        foreach (var type in Enum.GetValues<ContentType>())
        {
            var schema = QueryFields.For(type);
            foreach (var field in schema.FilterableFields.Union(schema.SortableFields, StringComparer.Ordinal))
            {
                data.Add(type, field);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Fields))]
    public void Field_filters_with_every_operator_and_sorts_both_ways_missing_values_last(ContentType type, string field)
    {
        switch (type)
        {
            case ContentType.Products:
                Check(QueryFields.Products, field, CatalogFieldSamples.Products(), CatalogFieldSamples.AnyProducts(), type);
                break;
            case ContentType.Statistics:
                Check(QueryFields.Statistics, field, CatalogFieldSamples.Statistics(), CatalogFieldSamples.AnyProducts(), type);
                break;
            case ContentType.Categories:
                Check(QueryFields.Categories, field, CatalogFieldSamples.Categories(), [], type);
                break;
            case ContentType.Authors:
                Check(QueryFields.Authors, field, CatalogFieldSamples.Authors(), [], type);
                break;
            default:
                Check(QueryFields.Content(type), field, ContentFieldSamples.For(type), [], type);
                break;
        }
    }

    [Theory]
    [InlineData(ContentType.Reviews, "ContextDataValue_Age", "25to34", "45to54", FieldValueKind.Text)]
    [InlineData(ContentType.Reviews, "SecondaryRating_Quality", "2", "4", FieldValueKind.Number)]
    [InlineData(ContentType.Reviews, "AdditionalField_Size", "L", "m", FieldValueKind.Text)]
    [InlineData(ContentType.Questions, "contextdatavalue_age", "25to34", "45to54", FieldValueKind.Text)]
    [InlineData(ContentType.Answers, "AdditionalField_size", "L", "m", FieldValueKind.Text)]
    [InlineData(ContentType.ReviewComments, "ContextDataValue_AGE", "25to34", "45to54", FieldValueKind.Text)]
    public void Dynamic_field_reads_the_clients_key_in_any_case(ContentType type, string name, string low, string high, FieldValueKind expectedKind)
    {
        var schema = QueryFields.Content(type);
        Assert.True(schema.TryFilterField(name, out var canonical, out var kind));
        Assert.Equal(expectedKind, kind);
        Assert.False(schema.TrySortField(name, out _));
        var suffix = canonical[(canonical.IndexOf('_', StringComparison.Ordinal) + 1)..];
        var key = char.ToUpperInvariant(suffix[0]) + suffix[1..].ToLowerInvariant();

        ContentItem With(string id, string value)
        {
            var d = ContentFieldSamples.Base(type, id);
            d = canonical.StartsWith(QueryFields.SecondaryRatingPrefix, StringComparison.OrdinalIgnoreCase)
                ? d with { SecondaryRatings = new Dictionary<string, int> { [key] = int.Parse(value, System.Globalization.CultureInfo.InvariantCulture) } }
                : canonical.StartsWith(QueryFields.ContextDataValuePrefix, StringComparison.OrdinalIgnoreCase)
                    ? d with { ContextDataValues = new Dictionary<string, string> { [key] = value } }
                    : d with { AdditionalFields = new Dictionary<string, string> { [key] = value } };
            return new ContentItem(d, Contracts.Content.ContentChildren.None);
        }

        var sample = new FieldSample<ContentItem>(With("doc-low", low), With("doc-high", high), low, high,
            [new ContentItem(ContentFieldSamples.Base(type, "doc-none"), Contracts.Content.ContentChildren.None)]);
        CheckFilters(schema, canonical, kind, sample);
    }

    [Theory]
    [InlineData(ContentType.Reviews, "RATING", "Rating")]
    [InlineData(ContentType.Questions, "hasbestanswer", "HasBestAnswer")]
    [InlineData(ContentType.Products, "totalreviewcount", "TotalReviewCount")]
    public void Field_names_are_matched_in_any_case_and_answered_canonical(ContentType type, string sent, string canonical)
    {
        Assert.True(QueryFields.For(type).TryFilterField(sent, out var name, out _));
        Assert.Equal(canonical, name);
    }

    [Fact]
    public void Unknown_fields_and_bare_prefixes_are_refused()
    {
        var reviews = QueryFields.For(ContentType.Reviews);
        Assert.False(reviews.TryFilterField("Nope", out _, out _));
        Assert.False(reviews.TryFilterField("ContextDataValue_", out _, out _));
        Assert.False(reviews.TrySortField("Nope", out _));
        Assert.False(QueryFields.For(ContentType.Answers).TryFilterField("SecondaryRating_Quality", out _, out _));
    }

    [Theory]
    [InlineData("SubmissionTime", "Rating", "Helpfulness", "TotalFeedbackCount", "IsFeatured", "LastModificationTime")]
    public void Documented_sort_fields_are_sortable_on_reviews(params string[] fields) =>
        Assert.All(fields, f => Assert.Contains(f, QueryFields.For(ContentType.Reviews).SortableFields));

    [Fact]
    public void Documented_common_filter_fields_are_filterable_on_reviews()
    {
        string[] common =
        [
            "Id", "ProductId", "CategoryId", "AuthorId", "Rating", "IsRatingsOnly", "IsFeatured", "IsSyndicated",
            "HasPhotos", "ContentLocale", "SubmissionTime", "UserLocation",
        ];

        Assert.All(common, f => Assert.Contains(f, QueryFields.For(ContentType.Reviews).FilterableFields));
    }

    [Fact]
    public void Every_endpoint_sorts_by_default_on_a_sortable_field_and_includes_what_the_api_documents()
    {
        foreach (var type in Enum.GetValues<ContentType>())
        {
            var schema = QueryFields.For(type);
            Assert.All(schema.DefaultSort, s => Assert.Contains(s.Field, schema.SortableFields));
        }

        Assert.Equal([ContentType.Products, ContentType.Authors, ContentType.Categories, ContentType.ReviewComments], QueryFields.For(ContentType.Reviews).Includable);
        Assert.Contains(ContentType.Answers, QueryFields.For(ContentType.Questions).Includable);
    }

    private static void Check<T>(QuerySchema<T> schema, string field, Dictionary<string, FieldSample<T>> samples, IReadOnlyList<T> anyItems, ContentType type)
    {
        var canFilter = schema.TryFilterField(field, out var canonical, out var kind);
        Assert.Equal(field, canFilter ? canonical : field);
        if (CatalogFieldSamples.AlwaysMissing.TryGetValue(type, out var missing) && missing.Contains(field))
        {
            // Accepted for compatibility and documented as reading nothing: only eq:null matches.
            Assert.All(anyItems, item => Assert.True(Matches(schema, field, FilterOperator.Eq, ["null"], item)));
            Assert.All(anyItems, item => Assert.False(Matches(schema, field, FilterOperator.Eq, ["x"], item)));
            return;
        }

        Assert.True(samples.TryGetValue(field, out var sample), $"{type}.{field} has no sample: every field needs one here.");
        if (canFilter)
        {
            CheckFilters(schema, field, kind, sample);
        }

        if (schema.TrySortField(field, out var sortName))
        {
            Assert.Equal(field, sortName);
            var items = new List<T>([.. sample.Missing, sample.High, sample.Low]);
            Assert.Equal([sample.Low, sample.High, .. sample.Missing], QueryEvaluator.Sort(items, schema, [new SortClause(field, Descending: false)]));
            Assert.Equal([sample.High, sample.Low, .. sample.Missing], QueryEvaluator.Sort(items, schema, [new SortClause(field, Descending: true)]));
        }
    }

    private static void CheckFilters<T>(QuerySchema<T> schema, string field, FieldValueKind kind, FieldSample<T> s)
    {
        var (low, high, missing) = (s.Low, s.High, s.Missing);
        List<T> all = [high, low, .. missing];
        void Expect(FilterOperator op, string[] values, params T[] expected) =>
            Assert.True(
                all.Where(i => Matches(schema, field, op, values, i)).ToHashSet().SetEquals(expected),
                $"{field}:{op}:{string.Join(',', values)} matched {all.Count(i => Matches(schema, field, op, values, i))} item(s), expected {expected.Length}");

        Expect(FilterOperator.Eq, [s.LowText], low);
        Expect(FilterOperator.Eq, [s.HighText], high);
        Expect(FilterOperator.Eq, [s.LowText, s.HighText], low, high);
        Expect(FilterOperator.Neq, [s.LowText], [high, .. missing]);

        // neq with several values: the item equals none of them (the Conversations API's reading).
        Expect(FilterOperator.Neq, [s.LowText, s.HighText], [.. missing]);
        Expect(FilterOperator.Lt, [s.HighText], low);
        Expect(FilterOperator.Lte, [s.LowText], low);
        Expect(FilterOperator.Lte, [s.HighText], low, high);
        Expect(FilterOperator.Gt, [s.LowText], high);
        Expect(FilterOperator.Gte, [s.HighText], high);
        Expect(FilterOperator.Gte, [s.LowText], low, high);
        Expect(FilterOperator.Eq, ["null"], [.. missing]);
        Expect(FilterOperator.Neq, ["null"], low, high);
        if (kind == FieldValueKind.Text)
        {
            // Text compares case-insensitively, in filters as in sorts.
            Expect(FilterOperator.Eq, [s.LowText.ToUpperInvariant()], low);
            Expect(FilterOperator.Eq, [s.HighText.ToLowerInvariant()], high);
        }
    }

    private static bool Matches<T>(QuerySchema<T> schema, string field, FilterOperator op, string[] values, T item) =>
        QueryEvaluator.Compile(schema, [new FilterClause(field, op, values)])(item);
}
