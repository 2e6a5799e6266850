namespace Ugc.Silo.Content;

/// <summary>
/// <c>ReviewStatistics</c>, <c>NativeReviewStatistics</c> and <c>FilteredReviewStatistics</c>: each keyed map comes
/// with the order of its keys.
/// </summary>
public sealed record ReviewStatisticsResult
{
    public double? AverageOverallRating { get; init; }
    public int TotalReviewCount { get; init; }
    public int OverallRatingRange { get; init; }
    public IReadOnlyList<RatingDistributionResult> RatingDistribution { get; init; } = [];
    public int RecommendedCount { get; init; }
    public int NotRecommendedCount { get; init; }
    public int RatingsOnlyReviewCount { get; init; }
    public int HelpfulVoteCount { get; init; }
    public int NotHelpfulVoteCount { get; init; }
    public int FeaturedReviewCount { get; init; }
    public int IncentivizedReviewCount { get; init; }
    public DateTimeOffset? FirstSubmissionTime { get; init; }
    public DateTimeOffset? LastSubmissionTime { get; init; }
    public IReadOnlyDictionary<string, SecondaryRatingAverageResult> SecondaryRatingsAverages { get; init; } = new Dictionary<string, SecondaryRatingAverageResult>();
    public IReadOnlyList<string> SecondaryRatingsAveragesOrder { get; init; } = [];
    public IReadOnlyDictionary<string, DistributionResult<int>> SecondaryRatingsDistribution { get; init; } = new Dictionary<string, DistributionResult<int>>();
    public IReadOnlyList<string> SecondaryRatingsDistributionOrder { get; init; } = [];
    public IReadOnlyDictionary<string, DistributionResult<string>> ContextDataDistribution { get; init; } = new Dictionary<string, DistributionResult<string>>();
    public IReadOnlyList<string> ContextDataDistributionOrder { get; init; } = [];
    public IReadOnlyDictionary<string, DistributionResult<string>> TagDistribution { get; init; } = new Dictionary<string, DistributionResult<string>>();
    public IReadOnlyList<string> TagDistributionOrder { get; init; } = [];
}
