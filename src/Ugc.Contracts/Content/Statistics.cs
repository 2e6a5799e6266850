namespace Ugc.Contracts.Content;

/// <summary>How many reviews gave one rating.</summary>
[GenerateSerializer, Immutable, Alias("ugc.rating-count")]
public sealed record RatingCount([property: Id(0)] int RatingValue, [property: Id(1)] int Count);

/// <summary>How many reviews gave one context-data answer.</summary>
[GenerateSerializer, Immutable, Alias("ugc.value-count")]
public sealed record ValueCount([property: Id(0)] string Value, [property: Id(1)] int Count);

/// <summary>Review statistics of a product (or of a filtered set of its reviews).</summary>
[GenerateSerializer, Immutable, Alias("ugc.review-statistics")]
public sealed record ReviewStatistics(
    [property: Id(0)] double? AverageOverallRating,
    [property: Id(1)] int TotalReviewCount,
    [property: Id(2)] int OverallRatingRange,
    [property: Id(3)] IReadOnlyList<RatingCount> RatingDistribution,
    [property: Id(4)] int RecommendedCount,
    [property: Id(5)] int NotRecommendedCount,
    [property: Id(6)] int RatingsOnlyReviewCount,
    [property: Id(7)] int HelpfulVoteCount,
    [property: Id(8)] int NotHelpfulVoteCount,
    [property: Id(9)] int FeaturedReviewCount,
    [property: Id(10)] int IncentivizedReviewCount,
    [property: Id(11)] DateTimeOffset? FirstSubmissionTime,
    [property: Id(12)] DateTimeOffset? LastSubmissionTime,
    [property: Id(13)] IReadOnlyDictionary<string, double> SecondaryRatingsAverages,
    [property: Id(14)] IReadOnlyDictionary<string, IReadOnlyList<ValueCount>> ContextDataDistribution);

/// <summary>Question and answer statistics of a product.</summary>
[GenerateSerializer, Immutable, Alias("ugc.qa-statistics")]
public sealed record QaStatistics(
    [property: Id(0)] int TotalQuestionCount,
    [property: Id(1)] int TotalAnswerCount,
    [property: Id(2)] int BestAnswerCount,
    [property: Id(3)] DateTimeOffset? FirstQuestionTime,
    [property: Id(4)] DateTimeOffset? LastQuestionTime,
    [property: Id(5)] DateTimeOffset? FirstAnswerTime,
    [property: Id(6)] DateTimeOffset? LastAnswerTime);

/// <summary>All statistics of one product: with syndicated content, native only, and Q&amp;A.</summary>
[GenerateSerializer, Immutable, Alias("ugc.product-statistics")]
public sealed record ProductStatistics(
    [property: Id(0)] string ProductId,
    [property: Id(1)] ReviewStatistics Reviews,
    [property: Id(2)] ReviewStatistics NativeReviews,
    [property: Id(3)] QaStatistics QA);
