using Ugc.Contracts.Queries;

namespace Ugc.Silo.Tests.Conversations;

public sealed class ContentFieldsTests
{
    [Theory]
    [InlineData("SubmissionTime", "Rating", "Helpfulness", "TotalFeedbackCount", "IsFeatured", "LastModificationTime")]
    public void Documented_sort_fields_are_sortable_on_reviews(params string[] fields) =>
        Assert.All(fields, f => Assert.Contains(f, ContentFields.Sortable(ContentType.Reviews)));

    [Fact]
    public void Documented_common_filter_fields_are_filterable_on_reviews()
    {
        string[] common =
        [
            "Id", "ProductId", "CategoryId", "AuthorId", "Rating", "IsRatingsOnly", "IsFeatured", "IsSyndicated",
            "HasPhotos", "ContentLocale", "SubmissionTime", "UserLocation",
        ];

        Assert.All(common, f => Assert.Contains(f, ContentFields.Filterable(ContentType.Reviews)));
    }

    [Theory]
    [InlineData("SubmissionTime", true)]
    [InlineData("LastModificationTime", true)]
    [InlineData("LastModeratedTime", true)]
    [InlineData("Rating", false)]
    [InlineData("ContextDataValue_Age", false)]
    public void Time_fields_are_known(string field, bool isTime) => Assert.Equal(isTime, ContentFields.IsTimeField(field));

    [Fact]
    public void Value_kinds_drive_filter_value_checks()
    {
        Assert.Equal(FieldValueKind.Number, ContentFields.ValueKind("SecondaryRating_Quality"));
        Assert.Equal(FieldValueKind.Boolean, ContentFields.ValueKind("IsRecommended"));
        Assert.Equal(FieldValueKind.Text, ContentFields.ValueKind("AdditionalField_Size"));
    }

    [Fact]
    public void Every_type_has_a_default_sort_on_a_sortable_field()
    {
        foreach (var type in Enum.GetValues<ContentType>())
        {
            var sort = Assert.Single(ContentFields.DefaultSort(type));
            Assert.Contains(sort.Field, ContentFields.Sortable(type));
        }
    }

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
