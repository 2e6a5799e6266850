using Ugc.Contracts.Queries;

namespace Ugc.Silo.Tests.Conversations;

public sealed class ContentTypeNamesTests
{
    [Fact]
    public void Review_comments_are_called_comments_on_the_wire()
    {
        Assert.Equal("Comments", ContentTypeNames.IncludeName(ContentType.ReviewComments));
        Assert.True(ContentTypeNames.TryParseIncludeName("comments", out var type));
        Assert.Equal(ContentType.ReviewComments, type);
        Assert.True(ContentTypeNames.TryParseResourceName("ReviewComments", out type));
        Assert.Equal(ContentType.ReviewComments, type);
        Assert.Equal("statistics", ContentTypeNames.ResourceName(ContentType.Statistics));
    }
}
