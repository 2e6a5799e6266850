using Ugc.Contracts.Queries;
using Ugc.Silo.Conversations;
using static Ugc.Silo.Tests.Conversations.DisplayRequestParserFilterTests;

namespace Ugc.Silo.Tests.Conversations;

public sealed class DisplayRequestParserTests
{
    [Fact]
    public void Defaults_apply_when_nothing_is_sent()
    {
        var query = Valid(ContentType.Reviews, "passkey=k&apiversion=5.4");

        Assert.Equal(ContentType.Reviews, query.Type);
        Assert.Equal(10, query.Limit);
        Assert.Equal(0, query.Offset);
        Assert.Equal([new SortClause("SubmissionTime", Descending: true)], query.Sorts);
        Assert.Empty(query.Filters);
        Assert.Empty(query.Includes);
        Assert.Empty(query.Stats);
        Assert.False(query.IncentivizedStats);
        Assert.Null(query.Locale);
        Assert.Null(query.Search);
    }

    [Fact]
    public void Sort_is_repeatable_and_comma_joined_with_fields_normalized()
    {
        var query = Valid(ContentType.Reviews, "Sort=rating:DESC,helpfulness:asc&sort=SubmissionTime:desc");

        Assert.Equal(
            [new SortClause("Rating", true), new SortClause("Helpfulness", false), new SortClause("SubmissionTime", true)],
            query.Sorts);
    }

    [Fact]
    public void Sort_direction_defaults_to_ascending_and_duplicates_keep_the_first()
    {
        var query = Valid(ContentType.Reviews, "Sort=TotalFeedbackCount,totalfeedbackcount:desc,");

        Assert.Equal([new SortClause("TotalFeedbackCount", false)], query.Sorts);
    }

    [Theory]
    [InlineData("Sort=Colour:asc")]
    [InlineData("Sort=Rating:up")]
    [InlineData("Sort=Rating:asc:x")]
    public void Unknown_sort_field_or_direction_is_an_invalid_sort_attribute(string query)
    {
        var error = SingleError(ContentType.Reviews, query);

        Assert.Equal(ConversationsErrorCodes.InvalidSortAttribute, error.Code);
        Assert.Contains("Sort", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Products_sort_by_id_unless_told()
    {
        Assert.Equal([new SortClause("Id", false)], Valid(ContentType.Products, "").Sorts);
    }

    [Theory]
    [InlineData("Limit=1", 1)]
    [InlineData("Limit=100", 100)]
    [InlineData("limit=25", 25)]
    public void Limit_accepts_1_to_100(string query, int limit) => Assert.Equal(limit, Valid(ContentType.Reviews, query).Limit);

    [Theory]
    [InlineData("Limit=0")]
    [InlineData("Limit=101")]
    [InlineData("Limit=-1")]
    [InlineData("Limit=ten")]
    public void Limit_outside_range_is_invalid_limit(string query)
    {
        var error = SingleError(ContentType.Reviews, query);

        Assert.Equal(ConversationsErrorCodes.InvalidLimit, error.Code);
        Assert.Contains("Limit", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Offset=0", 0)]
    [InlineData("Offset=300000", 300_000)]
    public void Offset_accepts_0_to_300000(string query, int offset) => Assert.Equal(offset, Valid(ContentType.Reviews, query).Offset);

    [Theory]
    [InlineData("Offset=-1")]
    [InlineData("Offset=300001")]
    [InlineData("Offset=1.5")]
    public void Offset_outside_range_is_invalid_offset(string query) =>
        Assert.Equal(ConversationsErrorCodes.InvalidOffset, SingleError(ContentType.Reviews, query).Code);

    [Fact]
    public void Includes_take_their_own_limit_sort_and_filter()
    {
        var query = Valid(ContentType.Reviews,
            "Include=products,Comments,&Limit_Comments=20&Sort_Comments=SubmissionTime:asc&Filter_Comments=ContentLocale:en_US");

        Assert.Equal([ContentType.Products, ContentType.ReviewComments], query.Includes.Select(i => i.Type));
        var products = query.Includes[0];
        Assert.Equal(10, products.Limit);
        Assert.Equal([new SortClause("Id", false)], products.Sorts);
        var comments = query.Includes[1];
        Assert.Equal(20, comments.Limit);
        Assert.Equal([new SortClause("SubmissionTime", false)], comments.Sorts);
        Assert.Equal("ContentLocale", Assert.Single(comments.Filters).Field);
    }

    [Theory]
    [InlineData("Limit_Comments=21")]
    [InlineData("Limit_Comments=0")]
    public void Include_limit_above_20_is_invalid_limit_naming_the_parameter(string limit)
    {
        var error = SingleError(ContentType.Reviews, "Include=Comments&" + limit);

        Assert.Equal(ConversationsErrorCodes.InvalidLimit, error.Code);
        Assert.Contains("Limit_Comments", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Include_parameters_are_validated_against_the_included_type()
    {
        var result = Parse(ContentType.Reviews, "Include=Comments&Filter_Comments=Rating:5&Sort_Comments=Rating:desc");

        Assert.Equal(
            [ConversationsErrorCodes.InvalidFilterAttribute, ConversationsErrorCodes.InvalidSortAttribute],
            result.Errors.Select(e => e.Code));
        Assert.All(result.Errors, e => Assert.Contains("_Comments", e.Message, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(ContentType.Reviews, "Include=Answers")]
    [InlineData(ContentType.Reviews, "Include=Everything")]
    [InlineData(ContentType.Statistics, "Include=Products&Filter=ProductId:p1&Stats=Reviews")]
    public void Include_not_offered_by_the_endpoint_is_invalid_included(ContentType type, string query) =>
        Assert.Equal(ConversationsErrorCodes.InvalidIncluded, SingleError(type, query).Code);

    [Fact]
    public void Questions_include_answers_and_products_include_content()
    {
        Assert.Equal(ContentType.Answers, Assert.Single(Valid(ContentType.Questions, "Include=Answers").Includes).Type);
        Assert.Equal(
            [ContentType.Reviews, ContentType.Questions, ContentType.Answers],
            Valid(ContentType.Products, "Include=Reviews,Questions,Answers").Includes.Select(i => i.Type));
    }

    [Fact]
    public void Related_filters_are_kept_without_include_for_filtered_stats()
    {
        var query = Valid(ContentType.Products, "Stats=Reviews&FilteredStats=Reviews&Filter_Reviews=ContentLocale:en_US");

        Assert.Empty(query.Includes);
        Assert.Equal([StatsKind.Reviews], query.FilteredStats);
        Assert.Equal("ContentLocale", Assert.Single(query.RelatedFilters[ContentType.Reviews]).Field);
    }

    [Fact]
    public void Stats_tolerate_empty_items_and_ignore_case()
    {
        var query = Valid(ContentType.Products, "Stats=Reviews,&Stats=,nativereviews,,QUESTIONS&IncentivizedStats=true");

        Assert.Equal([StatsKind.Reviews, StatsKind.NativeReviews, StatsKind.Questions], query.Stats);
        Assert.True(query.IncentivizedStats);
    }

    [Theory]
    [InlineData("Stats=Ratings")]
    [InlineData("Stats=1")]
    [InlineData("FilteredStats=Everything")]
    [InlineData("IncentivizedStats=yes")]
    public void Unknown_stats_are_invalid_parameters(string query) =>
        Assert.Equal(ConversationsErrorCodes.InvalidParameters, SingleError(ContentType.Products, query).Code);

    [Theory]
    [InlineData("en_US", "en_US")]
    [InlineData("fr_CA", "fr_CA")]
    [InlineData("EN_us", "en_US")]
    public void Locale_of_the_form_ll_CC_is_accepted(string locale, string expected) =>
        Assert.Equal(expected, Valid(ContentType.Reviews, "Locale=" + locale).Locale);

    [Theory]
    [InlineData("en-US")]
    [InlineData("english")]
    [InlineData("e_US")]
    [InlineData("en_USA")]
    [InlineData("e1_US")]
    public void Malformed_locale_is_invalid_locale(string locale)
    {
        var error = SingleError(ContentType.Reviews, "Locale=" + locale);

        Assert.Equal(ConversationsErrorCodes.InvalidLocale, error.Code);
        Assert.Contains(locale, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Search_within_one_product_is_accepted()
    {
        Assert.Equal("battery life", Valid(ContentType.Reviews, "Search=battery+life&Filter=ProductId:p1").Search);
    }

    [Fact]
    public void Search_without_a_single_product_is_invalid_parameters()
    {
        Assert.Equal(ConversationsErrorCodes.InvalidParameters, SingleError(ContentType.Reviews, "Search=battery").Code);
        Assert.Equal(ConversationsErrorCodes.InvalidParameters, SingleError(ContentType.Reviews, "Search=battery&Filter=ProductId:p1,p2").Code);
    }

    [Fact]
    public void Statistics_take_up_to_100_product_ids_and_default_to_all_of_them()
    {
        var ids = string.Join(",", Enumerable.Range(0, 100).Select(i => $"p{i}"));
        var query = Valid(ContentType.Statistics, $"Filter=ProductId:{ids}&Stats=Reviews,NativeReviews");

        Assert.Equal(100, query.Filters[0].Values.Count);
        Assert.Equal(100, query.Limit);

        var tooMany = SingleError(ContentType.Statistics, $"Filter=ProductId:{ids},p100&Stats=Reviews");
        Assert.Equal(ConversationsErrorCodes.InvalidFilterAttribute, tooMany.Code);
    }

    [Theory]
    [InlineData("Stats=Reviews")]
    [InlineData("Filter=ProductId:p1")]
    public void Statistics_require_product_ids_and_stats(string query) =>
        Assert.Equal(ConversationsErrorCodes.MissingParameters, SingleError(ContentType.Statistics, query).Code);

    [Fact]
    public void Query_and_form_parameters_are_merged()
    {
        var query = Valid(ContentType.Reviews, "Filter=ProductId:p1&Limit=5", form: "filter=Rating:gte:4&Sort=Rating:desc");

        Assert.Equal(["ProductId", "Rating"], query.Filters.Select(f => f.Field));
        Assert.Equal(5, query.Limit);
        Assert.Equal([new SortClause("Rating", true)], query.Sorts);
    }
}
