using Ugc.Contracts.Catalog;
using Ugc.Contracts.Content;
using Ugc.Contracts.Queries;
using Ugc.Grains.Catalog;

namespace Ugc.Silo.Content;

/// <summary>Maps the grains' documents and views to the content API's result shapes.</summary>
public static class ContentMapper
{
    /// <summary>The result shape of a document's type, with child ids (comments or answers) when known.</summary>
    public static ContentResultBase Map(ContentDocument d, IReadOnlyList<string>? childIds = null) => d.Type switch
    {
        ContentType.Reviews => Fill(new ReviewResult
        {
            Id = d.Id, CID = d.Id, SourceClient = d.SourceClient, ProductId = d.ProductId, AuthorId = d.AuthorId,
            Rating = d.Rating, Title = d.Title, ReviewText = d.Text, IsRecommended = d.IsRecommended, IsRatingsOnly = d.IsRatingsOnly,
            OriginalProductName = d.OriginalProductName, TotalCommentCount = childIds?.Count ?? 0, CommentIds = childIds ?? [],
            SecondaryRatings = d.SecondaryRatings.ToDictionary(p => p.Key, p => new SecondaryRatingResult(p.Key, p.Value, 5, null, "NORMAL")),
            SecondaryRatingsOrder = [.. d.SecondaryRatings.Keys],
            TagDimensions = d.Tags.ToDictionary(p => p.Key, p => new TagDimensionResult(p.Key, p.Key, p.Value)),
            TagDimensionsOrder = [.. d.Tags.Keys],
        }, d),
        ContentType.Questions => Fill(new QuestionResult
        {
            Id = d.Id, CID = d.Id, SourceClient = d.SourceClient, ProductId = d.ProductId, AuthorId = d.AuthorId,
            QuestionSummary = d.Text, QuestionDetails = d.Details, TotalAnswerCount = childIds?.Count ?? 0, AnswerIds = childIds ?? [],
        }, d),
        ContentType.Answers => Fill(new AnswerResult
        {
            Id = d.Id, CID = d.Id, SourceClient = d.SourceClient, ProductId = d.ProductId, AuthorId = d.AuthorId,
            QuestionId = d.QuestionId, AnswerText = d.Text, IsBestAnswer = d.IsBestAnswer, IsBrandAnswer = d.IsBrandAnswer,
        }, d),
        _ => Fill(new CommentResult
        {
            Id = d.Id, CID = d.Id, SourceClient = d.SourceClient, ProductId = d.ProductId, AuthorId = d.AuthorId,
            ReviewId = d.ReviewId, Title = d.Title, CommentText = d.Text,
        }, d),
    };

    public static ProductResult Map(ProductView view, IReadOnlyList<StatsKind> stats, ReviewStatistics? filtered = null)
    {
        var c = view.Catalog;
        var gtins = c.GtinList;
        return new ProductResult
        {
            Id = c.Id, Name = c.Name, Description = c.Description,
            Brand = c.Brand is null ? null : new BrandResult(c.Brand, c.Brand),
            CategoryId = c.CategoryId, ProductPageUrl = c.ProductPageUrl, ImageUrl = c.ImageUrl,
            EANs = ProductCodes.Eans(gtins),
            UPCs = ProductCodes.Upcs(gtins),
            ISBNs = ProductCodes.Isbns(gtins),
            Active = c.Active, Disabled = !c.Active,
            ReviewIds = view.ReviewIds, QuestionIds = view.QuestionIds,
            TotalReviewCount = view.Statistics.Reviews.TotalReviewCount,
            ReviewStatistics = stats.Contains(StatsKind.Reviews) ? view.Statistics.Reviews : null,
            NativeReviewStatistics = stats.Contains(StatsKind.NativeReviews) ? view.Statistics.NativeReviews : null,
            FilteredReviewStatistics = filtered,
            QAStatistics = stats.Contains(StatsKind.Questions) || stats.Contains(StatsKind.Answers) ? view.Statistics.QA : null,
        };
    }

    private static T Fill<T>(T result, ContentDocument d)
        where T : ContentResultBase => result with
        {
            UserNickname = d.UserNickname, UserLocation = d.UserLocation, ContentLocale = d.ContentLocale, CampaignId = d.CampaignId,
            SubmissionId = d.Id, SubmissionTime = d.SubmissionTime, LastModificationTime = d.LastModificationTime,
            LastModeratedTime = d.LastModeratedTime, IsFeatured = d.IsFeatured, IsSyndicated = d.IsSyndicated,
            SyndicationSource = d.Syndication, Helpfulness = d.Helpfulness, TotalFeedbackCount = d.TotalFeedback,
            TotalPositiveFeedbackCount = d.PositiveFeedback, TotalNegativeFeedbackCount = d.NegativeFeedback,
            TotalInappropriateFeedbackCount = d.InappropriateFeedback,
            ClientResponses = d.Responses, TotalClientResponseCount = d.Responses.Count,
            Badges = d.IsIncentivized
                ? new Dictionary<string, BadgeResult> { ["incentivizedReview"] = new("incentivizedReview", "Custom", "REVIEW") }
                : new Dictionary<string, BadgeResult>(),
            BadgesOrder = d.IsIncentivized ? ["incentivizedReview"] : [],
            ContextDataValues = d.ContextDataValues.ToDictionary(p => p.Key, p => new ContextDataValueResult(p.Value, p.Value, p.Key, p.Value)),
            ContextDataValuesOrder = [.. d.ContextDataValues.Keys],
            AdditionalFields = d.AdditionalFields.ToDictionary(p => p.Key, p => new AdditionalFieldResult(p.Key, p.Key, p.Value)),
            AdditionalFieldsOrder = [.. d.AdditionalFields.Keys],
            Photos = [.. d.Photos.Select(p => new PhotoResult(
                $"{d.Id}-{p.Index}", p.Caption, new Dictionary<string, PhotoSizeResult> { ["normal"] = new("normal", p.Url), ["thumbnail"] = new("thumbnail", p.Url) }))],
        };
}
