using System.Text.Json;
using Ugc.Contracts.Queries;
using Ugc.Silo.Conversations;

namespace Ugc.Silo.Tests.Conversations;

public sealed class ConversationsJsonTests
{
    private sealed record Dated(DateTimeOffset When, DateTimeOffset? Maybe, DateTimeOffset? Missing);

    [Fact]
    public void Dates_are_written_with_milliseconds_and_offset()
    {
        var when = new DateTimeOffset(2016, 5, 27, 18, 15, 24, TimeSpan.Zero);
        var json = JsonSerializer.Serialize(
            new Dated(when, new DateTimeOffset(2020, 1, 2, 3, 4, 5, 678, TimeSpan.FromHours(-5)), null), ConversationsJson.Options);

        Assert.Equal(
            """{"When":"2016-05-27T18:15:24.000+00:00","Maybe":"2020-01-02T03:04:05.678-05:00","Missing":null}""",
            json);
    }

    [Fact]
    public void Dates_read_back_from_any_iso_form()
    {
        var dated = JsonSerializer.Deserialize<Dated>(
            """{"When":"2016-05-27T18:15:24.000+00:00","Maybe":"2016-05-27T18:15:24Z","Missing":null}""", ConversationsJson.Options)!;

        Assert.Equal(new DateTimeOffset(2016, 5, 27, 18, 15, 24, TimeSpan.Zero), dated.When);
        Assert.Equal(dated.When, dated.Maybe);
    }

    [Fact]
    public void Error_envelope_writes_every_key_with_nulls_and_empty_lists()
    {
        var json = JsonSerializer.Serialize(
            ErrorEnvelope.Create(ConversationsErrorCodes.InvalidApiKey, "The passkey is not valid."), ConversationsJson.Options);

        Assert.Equal(
            """{"Limit":null,"Offset":null,"TotalResults":null,"Locale":null,"HasErrors":true,"Errors":[{"Code":"ERROR_PARAM_INVALID_API_KEY","Message":"The passkey is not valid."}],"Includes":{},"Results":[]}""",
            json);
    }

    [Fact]
    public void Success_envelope_echoes_the_query_and_carries_includes_with_order()
    {
        var query = DisplayRequestParserFilterTests.Valid(ContentType.Reviews, "Limit=2&Offset=4&Locale=en_US&Include=Products");
        var includes = new IncludesBuilder()
            .Add(ContentType.Products, [new { Id = "p2", Name = "B" }, new { Id = "p1", Name = "A" }, new { Id = "p2", Name = "B" }], p => p.Id)
            .Build();

        var envelope = DisplayEnvelope<object>.Success(query, 7, [new { Id = "r1", Title = (string?)null }], includes);
        using var doc = JsonDocument.Parse(JsonSerializer.Serialize(envelope, ConversationsJson.Options));
        var root = doc.RootElement;

        Assert.Equal(2, root.GetProperty("Limit").GetInt32());
        Assert.Equal(4, root.GetProperty("Offset").GetInt32());
        Assert.Equal(7, root.GetProperty("TotalResults").GetInt64());
        Assert.Equal("en_US", root.GetProperty("Locale").GetString());
        Assert.False(root.GetProperty("HasErrors").GetBoolean());
        Assert.Equal(0, root.GetProperty("Errors").GetArrayLength());
        Assert.Equal(JsonValueKind.Null, root.GetProperty("Results")[0].GetProperty("Title").ValueKind);
        var products = root.GetProperty("Includes").GetProperty("Products");
        Assert.Equal("A", products.GetProperty("p1").GetProperty("Name").GetString());
        Assert.Equal(["p2", "p1"], root.GetProperty("Includes").GetProperty("ProductsOrder").EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public void Content_query_round_trips_with_enums_by_name()
    {
        var query = DisplayRequestParserFilterTests.Valid(ContentType.Products,
            "Filter=Id:neq:p1,p2&Stats=Reviews&FilteredStats=Reviews&Filter_Reviews=Rating:gte:4&Include=Reviews&Limit_Reviews=3");

        var json = JsonSerializer.Serialize(query);
        var back = JsonSerializer.Deserialize<ContentQuery>(json)!;

        Assert.Contains("\"Operator\":\"Neq\"", json, StringComparison.Ordinal);
        Assert.Contains("\"Type\":\"Products\"", json, StringComparison.Ordinal);
        Assert.Equal(query.Type, back.Type);
        Assert.Equal(query.Filters[0].Values, back.Filters[0].Values);
        Assert.Equal(query.Filters[0].Operator, back.Filters[0].Operator);
        Assert.Equal(query.Sorts, back.Sorts);
        Assert.Equal(query.Stats, back.Stats);
        Assert.Equal(3, back.Includes[0].Limit);
        Assert.Equal(FilterOperator.Gte, back.RelatedFilters[ContentType.Reviews][0].Operator);
    }
}
