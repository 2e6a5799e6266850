using Ugc.Contracts.Content;
using Ugc.Contracts.Queries;
using Ugc.Silo.Content;

namespace Ugc.Silo.Tests.Content;

public sealed class ContentMapperTests
{
    private static ContentDocument Review(Func<ContentDocument, ContentDocument>? change = null)
    {
        var review = new ContentDocument
        {
            Id = "r1", Type = ContentType.Reviews, ClientId = "shop", SourceClient = "brand", ProductId = "p1", AuthorId = "u1",
            SubmissionTime = new DateTimeOffset(2016, 5, 27, 18, 15, 24, TimeSpan.Zero), Rating = 4,
        };
        return change is null ? review : change(review);
    }

    [Fact]
    public void Brand_response_markup_is_the_response_html_encoded()
    {
        var review = (ReviewResult)ContentMapper.Map(Review(r => r with
        {
            Responses = [new ClientResponse("Acme", null, "Use <b>wax</b> & dry", "Response", DateTimeOffset.UnixEpoch)],
        }));

        var response = Assert.Single(review.ClientResponses);
        Assert.Equal("Use <b>wax</b> & dry", response.Response);
        Assert.Equal(["Use &lt;b&gt;wax&lt;/b&gt; &amp; dry"], response.ResponseMarkup);
        Assert.Null(response.ResponseSource);
    }

    [Fact]
    public void Syndication_source_names_the_collecting_client()
    {
        var review = ContentMapper.Map(Review(r => r with
        {
            IsSyndicated = true, Syndication = new SyndicationSource("Brand", null, "https://brand.example.com/p1"),
        }));

        Assert.Equal(new SyndicationSourceResult("brand", "Brand", null, "https://brand.example.com/p1"), review.SyndicationSource);
    }

    [Fact]
    public void Tag_dimensions_come_with_their_order_on_reviews_and_questions()
    {
        var tags = new Dictionary<string, IReadOnlyList<string>> { ["Pro"] = ["Warm"], ["Con"] = ["Heavy"] };

        var review = (ReviewResult)ContentMapper.Map(Review(r => r with { Tags = tags }));
        var question = (QuestionResult)ContentMapper.Map(Review(r => r with { Type = ContentType.Questions, Tags = tags, CategoryId = "c1" }));

        Assert.Equal(["Pro", "Con"], review.TagDimensionsOrder);
        Assert.Equal(["Heavy"], review.TagDimensions["Con"].Values);
        Assert.Equal(["Pro", "Con"], question.TagDimensionsOrder);
        Assert.Equal("c1", question.CategoryId);
    }
}
