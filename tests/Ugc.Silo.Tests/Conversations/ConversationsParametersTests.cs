using Ugc.Silo.Conversations;

namespace Ugc.Silo.Tests.Conversations;

public sealed class ConversationsParametersTests
{
    [Fact]
    public void Names_are_case_insensitive()
    {
        var parameters = ConversationsParameters.Parse("?PassKey=abc");

        Assert.Equal("abc", parameters.Get("passkey"));
        Assert.True(parameters.Contains("PASSKEY"));
    }

    [Fact]
    public void Repeated_values_from_query_and_form_are_all_kept_query_first()
    {
        var parameters = ConversationsParameters.Parse("Filter=a:1&filter=b:2", "FILTER=c:3&Filter=d:4");

        Assert.Equal(["a:1", "b:2", "c:3", "d:4"], parameters.GetAll("Filter"));
    }

    [Fact]
    public void Parameters_split_between_query_and_form_are_merged()
    {
        var parameters = ConversationsParameters.Parse("passkey=k&ProductId=p1", "Rating=5&ReviewText=Great");

        Assert.Equal("k", parameters.Get("passkey"));
        Assert.Equal("p1", parameters.Get("productid"));
        Assert.Equal("5", parameters.Get("rating"));
        Assert.Equal("Great", parameters.Get("reviewtext"));
    }

    [Fact]
    public void Single_value_is_the_first_non_blank_trimmed()
    {
        var parameters = ConversationsParameters.Parse("Limit=&Limit=+7+", "Limit=9");

        Assert.Equal("7", parameters.Get("Limit"));
        Assert.Null(parameters.Get("Offset"));
    }

    [Fact]
    public void Prefixed_names_yield_their_suffix_in_first_seen_spelling()
    {
        var parameters = ConversationsParameters.Parse("Limit_Comments=5&limit_comments=6&Limit=3&Limit_=1");

        var (suffix, values) = Assert.Single(parameters.WithPrefix("Limit_"));
        Assert.Equal("Comments", suffix);
        Assert.Equal(["5", "6"], values);
    }

    [Fact]
    public async Task Request_body_is_read_only_for_form_content()
    {
        var context = new Microsoft.AspNetCore.Http.DefaultHttpContext();
        context.Request.QueryString = new("?passkey=k");
        context.Request.ContentType = "application/x-www-form-urlencoded";
        context.Request.Body = new MemoryStream("Rating=4&passkey=ignored"u8.ToArray());

        var parameters = await ConversationsParameters.FromRequestAsync(context.Request, CancellationToken.None);

        Assert.Equal("4", parameters.Get("rating"));
        Assert.Equal(["k", "ignored"], parameters.GetAll("passkey"));
        Assert.Equal("k", parameters.Get("passkey"));
    }
}
