namespace Ugc.Contracts.Content;

/// <summary>How many reviews gave one rating.</summary>
public sealed record RatingCount(int RatingValue, int Count);

/// <summary>How many reviews gave one context-data answer.</summary>
public sealed record ValueCount(string Value, int Count);

/// <summary>Review statistics of a product (or of a filtered set of its reviews).</summary>
public sealed record ReviewStatistics(
    double? AverageOverallRating,
    int TotalReviewCount,
    int OverallRatingRange,
    IReadOnlyList<RatingCount> RatingDistribution,
    int RecommendedCount,
    int NotRecommendedCount,
    int RatingsOnlyReviewCount,
    int HelpfulVoteCount,
    int NotHelpfulVoteCount,
    int FeaturedReviewCount,
    int IncentivizedReviewCount,
    DateTimeOffset? FirstSubmissionTime,
    DateTimeOffset? LastSubmissionTime,
    IReadOnlyDictionary<string, double> SecondaryRatingsAverages,
    IReadOnlyDictionary<string, IReadOnlyList<ValueCount>> ContextDataDistribution);

/// <summary>Question and answer statistics of a product.</summary>
public sealed record QaStatistics(
    int TotalQuestionCount,
    int TotalAnswerCount,
    int BestAnswerCount,
    DateTimeOffset? FirstQuestionTime,
    DateTimeOffset? LastQuestionTime,
    DateTimeOffset? FirstAnswerTime,
    DateTimeOffset? LastAnswerTime);

/// <summary>All statistics of one product: with syndicated content, native only, and Q&amp;A.</summary>
public sealed record ProductStatistics(string ProductId, ReviewStatistics Reviews, ReviewStatistics NativeReviews, QaStatistics QA);
