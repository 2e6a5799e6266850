using Ugc.Contracts.Content;

namespace Ugc.Silo.Content;

/// <summary>Maps the grains' statistics to the content API's statistics objects (maps keyed by id, with key orders).</summary>
public static class StatisticsMapper
{
    private const int RatingRange = 5;

    public static ReviewStatisticsResult? Map(ReviewStatistics? s)
    {
        if (s is null)
        {
            return null;
        }

        var secondaryDistribution = s.SecondaryRatingsDistribution ?? new Dictionary<string, IReadOnlyList<RatingCount>>();
        var contextData = s.ContextDataDistribution;
        var tags = s.TagDistribution ?? new Dictionary<string, IReadOnlyList<ValueCount>>();
        return new ReviewStatisticsResult
        {
            AverageOverallRating = s.AverageOverallRating,
            TotalReviewCount = s.TotalReviewCount,
            OverallRatingRange = s.OverallRatingRange,
            RatingDistribution = [.. s.RatingDistribution.Select(r => new RatingDistributionResult(r.RatingValue, r.Count))],
            RecommendedCount = s.RecommendedCount,
            NotRecommendedCount = s.NotRecommendedCount,
            RatingsOnlyReviewCount = s.RatingsOnlyReviewCount,
            HelpfulVoteCount = s.HelpfulVoteCount,
            NotHelpfulVoteCount = s.NotHelpfulVoteCount,
            FeaturedReviewCount = s.FeaturedReviewCount,
            IncentivizedReviewCount = s.IncentivizedReviewCount,
            FirstSubmissionTime = s.FirstSubmissionTime,
            LastSubmissionTime = s.LastSubmissionTime,
            SecondaryRatingsAverages = s.SecondaryRatingsAverages.ToDictionary(
                p => p.Key, p => new SecondaryRatingAverageResult(p.Key, p.Value, RatingRange, null, null, null, null, "NORMAL")),
            SecondaryRatingsAveragesOrder = [.. s.SecondaryRatingsAverages.Keys],
            SecondaryRatingsDistribution = secondaryDistribution.ToDictionary(
                p => p.Key, p => new DistributionResult<int>(p.Key, null, [.. p.Value.Select(v => new DistributionValueResult<int>(v.RatingValue, null, v.Count))])),
            SecondaryRatingsDistributionOrder = [.. secondaryDistribution.Keys],
            ContextDataDistribution = Distributions(contextData),
            ContextDataDistributionOrder = [.. contextData.Keys],
            TagDistribution = Distributions(tags),
            TagDistributionOrder = [.. tags.Keys],
        };
    }

    public static QaStatisticsResult? Map(QaStatistics? s)
    {
        if (s is null)
        {
            return null;
        }

        var contextData = s.ContextDataDistribution ?? new Dictionary<string, IReadOnlyList<ValueCount>>();
        var tags = s.TagDistribution ?? new Dictionary<string, IReadOnlyList<ValueCount>>();
        return new QaStatisticsResult
        {
            TotalQuestionCount = s.TotalQuestionCount,
            TotalAnswerCount = s.TotalAnswerCount,
            BestAnswerCount = s.BestAnswerCount,
            FeaturedQuestionCount = s.FeaturedQuestionCount,
            FeaturedAnswerCount = s.FeaturedAnswerCount,
            HelpfulVoteCount = s.QuestionHelpfulVoteCount + s.AnswerHelpfulVoteCount,
            QuestionHelpfulVoteCount = s.QuestionHelpfulVoteCount,
            QuestionNotHelpfulVoteCount = s.QuestionNotHelpfulVoteCount,
            AnswerHelpfulVoteCount = s.AnswerHelpfulVoteCount,
            AnswerNotHelpfulVoteCount = s.AnswerNotHelpfulVoteCount,
            FirstQuestionTime = s.FirstQuestionTime,
            LastQuestionTime = s.LastQuestionTime,
            FirstAnswerTime = s.FirstAnswerTime,
            LastAnswerTime = s.LastAnswerTime,
            LastQuestionAnswerTime = Latest(s.LastQuestionTime, s.LastAnswerTime),
            ContextDataDistribution = Distributions(contextData),
            ContextDataDistributionOrder = [.. contextData.Keys],
            TagDistribution = Distributions(tags),
            TagDistributionOrder = [.. tags.Keys],
        };
    }

    // Labels fall back to the ids, as on the content's own context-data values and tags.
    private static Dictionary<string, DistributionResult<string>> Distributions(IReadOnlyDictionary<string, IReadOnlyList<ValueCount>> byDimension) =>
        byDimension.ToDictionary(
            p => p.Key,
            p => new DistributionResult<string>(p.Key, p.Key, [.. p.Value.Select(v => new DistributionValueResult<string>(v.Value, v.Value, v.Count))]));

    private static DateTimeOffset? Latest(DateTimeOffset? a, DateTimeOffset? b) => a is null ? b : b is null ? a : a > b ? a : b;
}
