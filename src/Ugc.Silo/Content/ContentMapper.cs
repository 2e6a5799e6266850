using System.Net;
using Ugc.Contracts.Catalog;
using Ugc.Contracts.Content;
using Ugc.Contracts.Queries;
using Ugc.Contracts.Shoppers;
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
            SecondaryRatings = d.SecondaryRatings.ToDictionary(p => p.Key, p => new SecondaryRatingResult(p.Key, p.Value, 5, null, null, null, null, "NORMAL")),
            SecondaryRatingsOrder = [.. d.SecondaryRatings.Keys],
            TagDimensions = TagDimensions(d),
            TagDimensionsOrder = [.. d.Tags.Keys],
        }, d),
        ContentType.Questions => Fill(new QuestionResult
        {
            Id = d.Id, CID = d.Id, SourceClient = d.SourceClient, ProductId = d.ProductId, AuthorId = d.AuthorId, CategoryId = d.CategoryId,
            QuestionSummary = d.Text, QuestionDetails = d.Details, TotalAnswerCount = childIds?.Count ?? 0, AnswerIds = childIds ?? [],
            TagDimensions = TagDimensions(d),
            TagDimensionsOrder = [.. d.Tags.Keys],
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
            // The catalog knows a brand by name only, so the name is its id too.
            Brand = c.Brand is null ? null : new BrandResult(c.Brand, c.Brand), BrandExternalId = c.Brand,
            CategoryId = c.CategoryId, ProductPageUrl = c.ProductPageUrl, ImageUrl = c.ImageUrl,
            EANs = ProductCodes.Eans(gtins),
            UPCs = ProductCodes.Upcs(gtins),
            ISBNs = ProductCodes.Isbns(gtins),
            Active = c.Active, Disabled = !c.Active,
            ReviewIds = view.ReviewIds, QuestionIds = view.QuestionIds,
            TotalReviewCount = view.Statistics.Reviews.TotalReviewCount,
            TotalQuestionCount = view.Statistics.QA.TotalQuestionCount,
            TotalAnswerCount = view.Statistics.QA.TotalAnswerCount,
            ReviewStatistics = stats.Contains(StatsKind.Reviews) ? StatisticsMapper.Map(view.Statistics.Reviews) : null,
            NativeReviewStatistics = stats.Contains(StatsKind.NativeReviews) ? StatisticsMapper.Map(view.Statistics.NativeReviews) : null,
            FilteredReviewStatistics = StatisticsMapper.Map(filtered),
            QAStatistics = stats.Contains(StatsKind.Questions) || stats.Contains(StatsKind.Answers) ? StatisticsMapper.Map(view.Statistics.QA) : null,
        };
    }

    /// <summary>An author's public profile, without content ids or statistics.</summary>
    public static AuthorResult Map(AuthorView view) => new()
    {
        Id = view.Id, UserNickname = view.Nickname, Location = view.Location, UserLocation = view.Location, SubmissionTime = view.FirstSeen,
    };

    private static Dictionary<string, TagDimensionResult> TagDimensions(ContentDocument d) =>
        d.Tags.ToDictionary(p => p.Key, p => new TagDimensionResult(p.Key, p.Key, p.Value));

    private static T Fill<T>(T result, ContentDocument d)
        where T : ContentResultBase => result with
        {
            UserNickname = d.UserNickname, UserLocation = d.UserLocation, ContentLocale = d.ContentLocale, CampaignId = d.CampaignId,
            SubmissionId = d.Id, SubmissionTime = d.SubmissionTime, LastModificationTime = d.LastModificationTime,
            LastModeratedTime = d.LastModeratedTime, IsFeatured = d.IsFeatured, IsSyndicated = d.IsSyndicated,
            SyndicationSource = d.Syndication is { } s ? new SyndicationSourceResult(d.SourceClient, s.Name, s.LogoImageUrl, s.ContentLink) : null,
            Helpfulness = d.Helpfulness, TotalFeedbackCount = d.TotalFeedback,
            TotalPositiveFeedbackCount = d.PositiveFeedback, TotalNegativeFeedbackCount = d.NegativeFeedback,
            TotalInappropriateFeedbackCount = d.InappropriateFeedback,
            ClientResponses = [.. d.Responses.Select(r => new ClientResponseResult(
                r.Name, r.Department, r.Response, r.ResponseType, null, [WebUtility.HtmlEncode(r.Response)], r.Date))],
            TotalClientResponseCount = d.Responses.Count,
            Badges = d.IsIncentivized
                ? new Dictionary<string, BadgeResult> { ["incentivizedReview"] = new("incentivizedReview", "Custom", "REVIEW") }
                : new Dictionary<string, BadgeResult>(),
            BadgesOrder = d.IsIncentivized ? ["incentivizedReview"] : [],
            ContextDataValues = d.ContextDataValues.ToDictionary(p => p.Key, p => new ContextDataValueResult(p.Key, p.Value, p.Key, p.Value)),
            ContextDataValuesOrder = [.. d.ContextDataValues.Keys],
            AdditionalFields = d.AdditionalFields.ToDictionary(p => p.Key, p => new AdditionalFieldResult(p.Key, p.Key, p.Value)),
            AdditionalFieldsOrder = [.. d.AdditionalFields.Keys],
            Photos = [.. d.Photos.Select(p => new PhotoResult(
                $"{d.Id}-{p.Index}", p.Caption,
                new Dictionary<string, PhotoSizeResult> { ["normal"] = new("normal", p.Url), ["thumbnail"] = new("thumbnail", p.Url) },
                ["normal", "thumbnail"]))],
        };
}
