using Ugc.Contracts.Content;
using Ugc.Contracts.Queries;

namespace Ugc.Grains.Queries;

// Reviews, questions, answers and review comments.
public static partial class QueryFields
{
    public const string ContextDataValuePrefix = "ContextDataValue_";
    public const string SecondaryRatingPrefix = "SecondaryRating_";
    public const string AdditionalFieldPrefix = "AdditionalField_";

    // Built on demand, not as static fields: the schemas are built by the initializers of another part of this class.
    private static SortClause[] NewestFirst => [new("SubmissionTime", Descending: true)];

    private static IEnumerable<QueryField<ContentItem>> CommonContent() =>
    [
        Text<ContentItem>("Id", c => c.Document.Id, sortable: true),
        Text<ContentItem>("SubmissionId", c => c.Document.Id),
        Text<ContentItem>("ProductId", c => c.Document.ProductId, sortable: true),
        Text<ContentItem>("CategoryId", c => c.Document.CategoryId),
        Text<ContentItem>("AuthorId", c => c.Document.AuthorId, sortable: true),
        Text<ContentItem>("CampaignId", c => c.Document.CampaignId),
        Text<ContentItem>("ContentLocale", c => c.Document.ContentLocale, sortable: true),
        Text<ContentItem>("UserLocation", c => c.Document.UserLocation),
        Time<ContentItem>("SubmissionTime", c => c.Document.SubmissionTime, sortable: true),
        Time<ContentItem>("LastModificationTime", c => c.Document.LastModificationTime, sortable: true),
        Time<ContentItem>("LastModeratedTime", c => c.Document.LastModeratedTime, sortable: true),
        Flag<ContentItem>("IsFeatured", c => c.Document.IsFeatured, sortable: true),
        Flag<ContentItem>("IsSyndicated", c => c.Document.IsSyndicated),
        Flag<ContentItem>("HasPhotos", c => c.Document.HasPhotos),
        Number<ContentItem>("Helpfulness", c => c.Document.Helpfulness, sortable: true),
        Number<ContentItem>("TotalFeedbackCount", c => c.Document.TotalFeedback, sortable: true),
        Number<ContentItem>("TotalPositiveFeedbackCount", c => c.Document.PositiveFeedback, sortable: true),
        Number<ContentItem>("TotalNegativeFeedbackCount", c => c.Document.NegativeFeedback, sortable: true),
    ];

    private static DynamicQueryField<ContentItem> ContextData =>
        new(ContextDataValuePrefix, FieldValueKind.Text, (c, suffix) => TryLookup(c.Document.ContextDataValues, suffix, out var v) ? v : null);

    private static DynamicQueryField<ContentItem> Additional =>
        new(AdditionalFieldPrefix, FieldValueKind.Text, (c, suffix) => TryLookup(c.Document.AdditionalFields, suffix, out var v) ? v : null);

    private static DynamicQueryField<ContentItem> SecondaryRating =>
        new(SecondaryRatingPrefix, FieldValueKind.Number, (c, suffix) => TryLookup(c.Document.SecondaryRatings, suffix, out var r) ? (double)r : null);

    private static QuerySchema<ContentItem> Reviews() => new(ContentType.Reviews,
        [
            .. CommonContent(),
            Number<ContentItem>("Rating", c => c.Document.Rating, sortable: true),
            Flag<ContentItem>("IsRatingsOnly", c => c.Document.IsRatingsOnly, sortable: true),
            Flag<ContentItem>("IsRecommended", c => c.Document.IsRecommended, sortable: true),
            Flag<ContentItem>("HasComments", c => c.Children.Count > 0),
            Number<ContentItem>("TotalCommentCount", c => c.Children.Count, sortable: true),
        ],
        [ContextData, SecondaryRating, Additional],
        [ContentType.Products, ContentType.Authors, ContentType.Categories, ContentType.ReviewComments],
        NewestFirst, c => c.Document.Id);

    private static QuerySchema<ContentItem> Questions() => new(ContentType.Questions,
        [
            .. CommonContent(),
            Flag<ContentItem>("HasAnswers", c => c.Children.Count > 0),
            Flag<ContentItem>("HasBestAnswer", c => c.Children.BestCount > 0),
            Number<ContentItem>("TotalAnswerCount", c => c.Children.Count, sortable: true),
            Time<ContentItem>("LastApprovedAnswerSubmissionTime", c => c.Children.LastSubmissionTime, sortable: true),
        ],
        [ContextData, Additional],
        [ContentType.Products, ContentType.Authors, ContentType.Categories, ContentType.Answers],
        NewestFirst, c => c.Document.Id);

    private static QuerySchema<ContentItem> Answers() => new(ContentType.Answers,
        [
            .. CommonContent(),
            Text<ContentItem>("QuestionId", c => c.Document.QuestionId, sortable: true),
            Flag<ContentItem>("IsBestAnswer", c => c.Document.IsBestAnswer, sortable: true),
            Flag<ContentItem>("IsBrandAnswer", c => c.Document.IsBrandAnswer, sortable: true),
        ],
        [ContextData, Additional],
        [ContentType.Products, ContentType.Authors, ContentType.Questions],
        NewestFirst, c => c.Document.Id);

    private static QuerySchema<ContentItem> Comments() => new(ContentType.ReviewComments,
        [.. CommonContent(), Text<ContentItem>("ReviewId", c => c.Document.ReviewId, sortable: true)],
        [ContextData, Additional],
        [ContentType.Products, ContentType.Authors, ContentType.Reviews],
        NewestFirst, c => c.Document.Id);

    /// <summary>A client's own key (a dimension, a field id) as sent, matched in any case.</summary>
    private static bool TryLookup<TValue>(IReadOnlyDictionary<string, TValue> values, string key, out TValue value)
    {
        if (values.TryGetValue(key, out value!))
        {
            return true;
        }

        foreach (var (name, found) in values)
        {
            if (name.Equals(key, StringComparison.OrdinalIgnoreCase))
            {
                value = found;
                return true;
            }
        }

        return false;
    }
}
