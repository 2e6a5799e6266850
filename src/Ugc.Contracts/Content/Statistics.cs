namespace Ugc.Contracts.Content;

/// <summary>How many reviews gave one rating.</summary>
[GenerateSerializer, Immutable, Alias("ugc.rating-count")]
public sealed record RatingCount([property: Id(0)] int RatingValue, [property: Id(1)] int Count);

/// <summary>How many reviews gave one context-data answer.</summary>
[GenerateSerializer, Immutable, Alias("ugc.value-count")]
public sealed record ValueCount([property: Id(0)] string Value, [property: Id(1)] int Count);

/// <summary>Review statistics of a product (or of a filtered set of its reviews).</summary>
/// <remarks>Distributions count reviews per value, keyed by dimension (tag dimension, context-data dimension or secondary rating id).</remarks>
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
    [property: Id(14)] IReadOnlyDictionary<string, IReadOnlyList<ValueCount>> ContextDataDistribution,
    [property: Id(15)] IReadOnlyDictionary<string, IReadOnlyList<ValueCount>>? TagDistribution = null,
    [property: Id(16)] IReadOnlyDictionary<string, IReadOnlyList<RatingCount>>? SecondaryRatingsDistribution = null);

/// <summary>Question and answer statistics of a product.</summary>
/// <remarks>Distributions count questions and answers per tag or context-data value, keyed by dimension.</remarks>
[GenerateSerializer, Immutable, Alias("ugc.qa-statistics")]
public sealed record QaStatistics(
    [property: Id(0)] int TotalQuestionCount,
    [property: Id(1)] int TotalAnswerCount,
    [property: Id(2)] int BestAnswerCount,
    [property: Id(3)] DateTimeOffset? FirstQuestionTime,
    [property: Id(4)] DateTimeOffset? LastQuestionTime,
    [property: Id(5)] DateTimeOffset? FirstAnswerTime,
    [property: Id(6)] DateTimeOffset? LastAnswerTime,
    [property: Id(7)] int QuestionHelpfulVoteCount = 0,
    [property: Id(8)] int QuestionNotHelpfulVoteCount = 0,
    [property: Id(9)] int AnswerHelpfulVoteCount = 0,
    [property: Id(10)] int AnswerNotHelpfulVoteCount = 0,
    [property: Id(11)] int FeaturedQuestionCount = 0,
    [property: Id(12)] int FeaturedAnswerCount = 0,
    [property: Id(13)] IReadOnlyDictionary<string, IReadOnlyList<ValueCount>>? TagDistribution = null,
    [property: Id(14)] IReadOnlyDictionary<string, IReadOnlyList<ValueCount>>? ContextDataDistribution = null);

/// <summary>All statistics of one product: with syndicated content, native only, and Q&amp;A.</summary>
[GenerateSerializer, Immutable, Alias("ugc.product-statistics")]
public sealed record ProductStatistics(
    [property: Id(0)] string ProductId,
    [property: Id(1)] ReviewStatistics Reviews,
    [property: Id(2)] ReviewStatistics NativeReviews,
    [property: Id(3)] QaStatistics QA);
