using Ugc.Contracts.Queries;
using Ugc.Silo.Conversations;

namespace Ugc.Silo.Tests.Conversations;

public sealed class DisplayRequestParserFilterTests
{
    internal static DisplayParseResult Parse(ContentType type, string query, string? form = null) =>
        DisplayRequestParser.Parse(type, ConversationsParameters.Parse(query, form));

    internal static ContentQuery Valid(ContentType type, string query, string? form = null)
    {
        var result = Parse(type, query, form);
        Assert.True(result.IsValid, string.Join("; ", result.Errors.Select(e => $"{e.Code}: {e.Message}")));
        return result.Query;
    }

    internal static ConversationsError SingleError(ContentType type, string query)
    {
        var result = Parse(type, query);
        Assert.False(result.IsValid);
        return Assert.Single(result.Errors);
    }

    [Theory]
    [InlineData("eq", FilterOperator.Eq)]
    [InlineData("neq", FilterOperator.Neq)]
    [InlineData("lt", FilterOperator.Lt)]
    [InlineData("lte", FilterOperator.Lte)]
    [InlineData("gt", FilterOperator.Gt)]
    [InlineData("gte", FilterOperator.Gte)]
    [InlineData("GTE", FilterOperator.Gte)]
    [InlineData("Neq", FilterOperator.Neq)]
    public void Every_operator_is_parsed_in_any_case(string op, FilterOperator expected)
    {
        var clause = Assert.Single(Valid(ContentType.Reviews, $"Filter=Rating:{op}:4").Filters);

        Assert.Equal(new FilterClause("Rating", expected, clause.Values), clause);
        Assert.Equal(["4"], clause.Values);
    }

    [Fact]
    public void Operator_is_optional_and_defaults_to_eq()
    {
        var clause = Assert.Single(Valid(ContentType.Reviews, "Filter=ProductId:p1").Filters);

        Assert.Equal("ProductId", clause.Field);
        Assert.Equal(FilterOperator.Eq, clause.Operator);
        Assert.Equal(["p1"], clause.Values);
    }

    [Fact]
    public void Comma_values_are_kept_together_in_one_clause()
    {
        var clause = Assert.Single(Valid(ContentType.Reviews, "Filter=Rating:eq:4,5").Filters);

        Assert.Equal(["4", "5"], clause.Values);
    }

    [Fact]
    public void Repeated_filters_become_separate_clauses_in_order()
    {
        var filters = Valid(ContentType.Reviews, "Filter=ProductId:p1&filter=SubmissionTime:gt:1420070400&FILTER=SubmissionTime:lt:1430000000").Filters;

        Assert.Equal(["ProductId", "SubmissionTime", "SubmissionTime"], filters.Select(f => f.Field));
        Assert.Equal([FilterOperator.Eq, FilterOperator.Gt, FilterOperator.Lt], filters.Select(f => f.Operator));
    }

    [Fact]
    public void Field_names_are_case_insensitive_and_normalized()
    {
        var filters = Valid(ContentType.Reviews, "Filter=productid:p1&Filter=ISFEATURED:TRUE&Filter=contentlocale:en_US").Filters;

        Assert.Equal(["ProductId", "IsFeatured", "ContentLocale"], filters.Select(f => f.Field));
        Assert.Equal("true", filters[1].Values[0]);
    }

    [Fact]
    public void Escaped_comma_and_colon_are_literal()
    {
        var clause = Assert.Single(Valid(ContentType.Reviews, @"Filter=UserLocation:eq:Paris\, France,Time\:10\:30,a\b").Filters);

        Assert.Equal(["Paris, France", "Time:10:30", @"a\b"], clause.Values);
    }

    [Fact]
    public void Escaped_colon_without_operator_stays_in_the_value()
    {
        var clause = Assert.Single(Valid(ContentType.Reviews, @"Filter=UserLocation:a\:b").Filters);

        Assert.Equal(FilterOperator.Eq, clause.Operator);
        Assert.Equal(["a:b"], clause.Values);
    }

    [Theory]
    [InlineData("ContextDataValue_Age:eq:25to34", "ContextDataValue_Age")]
    [InlineData("contextdatavalue_Gender:Male", "ContextDataValue_Gender")]
    [InlineData("SecondaryRating_Quality:gte:4", "SecondaryRating_Quality")]
    [InlineData("additionalfield_Size:eq:L", "AdditionalField_Size")]
    public void Dynamic_fields_normalize_their_prefix_and_keep_their_id(string filter, string field)
    {
        var clause = Assert.Single(Valid(ContentType.Reviews, "Filter=" + filter).Filters);

        Assert.Equal(field, clause.Field);
    }

    [Fact]
    public void Secondary_ratings_are_not_filterable_on_questions()
    {
        var error = SingleError(ContentType.Questions, "Filter=SecondaryRating_Quality:4");

        Assert.Equal(ConversationsErrorCodes.InvalidFilterAttribute, error.Code);
    }

    [Theory]
    [InlineData("Filter=Colour:red")]
    [InlineData("Filter=ContextDataValue_:x")]
    [InlineData("Filter=QuestionId:q1")]
    public void Unknown_field_is_an_invalid_filter_attribute_naming_it(string query)
    {
        var error = SingleError(ContentType.Reviews, query);

        Assert.Equal(ConversationsErrorCodes.InvalidFilterAttribute, error.Code);
        Assert.Contains("Filter", error.Message, StringComparison.Ordinal);
        Assert.Contains(query["Filter=".Length..].Split(':')[0], error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Filter=Rating:about:4")]
    [InlineData("Filter=Rating")]
    [InlineData("Filter=Rating:eq:")]
    [InlineData("Filter=Rating:gt:four")]
    [InlineData("Filter=SubmissionTime:gt:2016-05-27")]
    [InlineData("Filter=IsFeatured:yes")]
    public void Malformed_filters_are_invalid_filter_attributes(string query)
    {
        var error = SingleError(ContentType.Reviews, query);

        Assert.Equal(ConversationsErrorCodes.InvalidFilterAttribute, error.Code);
    }

    [Fact]
    public void Type_specific_fields_are_filterable_on_their_type()
    {
        Assert.Equal("QuestionId", Valid(ContentType.Answers, "Filter=questionid:q1").Filters[0].Field);
        Assert.Equal("ReviewId", Valid(ContentType.ReviewComments, "Filter=ReviewId:r1").Filters[0].Field);
    }

    [Fact]
    public void Blank_filter_parameters_are_ignored()
    {
        Assert.Empty(Valid(ContentType.Reviews, "Filter=&Filter=").Filters);
    }

    [Fact]
    public void All_errors_are_reported_at_once()
    {
        var result = Parse(ContentType.Reviews, "Filter=Colour:red&Sort=Colour:asc&Limit=0");

        Assert.Equal(
            [ConversationsErrorCodes.InvalidFilterAttribute, ConversationsErrorCodes.InvalidSortAttribute, ConversationsErrorCodes.InvalidLimit],
            result.Errors.Select(e => e.Code));
    }
}
