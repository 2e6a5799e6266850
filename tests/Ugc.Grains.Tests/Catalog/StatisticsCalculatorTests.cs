using Ugc.Contracts.Content;
using Ugc.Contracts.Queries;
using Ugc.Grains.Catalog;

namespace Ugc.Grains.Tests.Catalog;

public sealed class StatisticsCalculatorTests
{
    private static int _next;

    private static ContentDocument Doc(ContentType type, Func<ContentDocument, ContentDocument>? change = null)
    {
        var doc = new ContentDocument
        {
            Id = $"d{Interlocked.Increment(ref _next)}", Type = type, ClientId = "c", SourceClient = "c", ProductId = "p", AuthorId = "u",
            SubmissionTime = DateTimeOffset.UnixEpoch, Rating = type == ContentType.Reviews ? 4 : null,
        };
        return change is null ? doc : change(doc);
    }

    [Fact]
    public void Tag_distribution_counts_reviews_per_tag_once_each_most_frequent_first()
    {
        var stats = StatisticsCalculator.Reviews(
        [
            Doc(ContentType.Reviews, d => d with { Tags = new Dictionary<string, IReadOnlyList<string>> { ["Pro"] = ["Warm", "Warm", "Light"] } }),
            Doc(ContentType.Reviews, d => d with { Tags = new Dictionary<string, IReadOnlyList<string>> { ["Pro"] = ["Warm"], ["Con"] = ["Heavy"] } }),
        ]);

        Assert.Equal([new ValueCount("Warm", 2), new ValueCount("Light", 1)], stats.TagDistribution!["Pro"]);
        Assert.Equal([new ValueCount("Heavy", 1)], stats.TagDistribution["Con"]);
    }

    [Fact]
    public void Secondary_rating_distribution_counts_reviews_per_value_in_value_order()
    {
        var stats = StatisticsCalculator.Reviews(
        [
            Doc(ContentType.Reviews, d => d with { SecondaryRatings = new Dictionary<string, int> { ["Quality"] = 5 } }),
            Doc(ContentType.Reviews, d => d with { SecondaryRatings = new Dictionary<string, int> { ["Quality"] = 3 } }),
            Doc(ContentType.Reviews, d => d with { SecondaryRatings = new Dictionary<string, int> { ["Quality"] = 5 } }),
        ]);

        Assert.Equal([new RatingCount(3, 1), new RatingCount(5, 2)], stats.SecondaryRatingsDistribution!["Quality"]);
        Assert.Equal(4.33, stats.SecondaryRatingsAverages["Quality"]);
    }

    [Fact]
    public void QA_statistics_split_votes_and_featured_counts_between_questions_and_answers()
    {
        var stats = StatisticsCalculator.QA(
        [
            Doc(ContentType.Questions, d => d with { PositiveFeedback = 2, NegativeFeedback = 1, IsFeatured = true,
                ContextDataValues = new Dictionary<string, string> { ["Expertise"] = "Hiker" } }),
            Doc(ContentType.Answers, d => d with { PositiveFeedback = 5, IsBestAnswer = true,
                ContextDataValues = new Dictionary<string, string> { ["Expertise"] = "Hiker" } }),
            Doc(ContentType.Answers, d => d with { NegativeFeedback = 3, IsFeatured = true }),
        ]);

        Assert.Equal((2, 1, 5, 3), (stats.QuestionHelpfulVoteCount, stats.QuestionNotHelpfulVoteCount, stats.AnswerHelpfulVoteCount, stats.AnswerNotHelpfulVoteCount));
        Assert.Equal((1, 1, 1), (stats.FeaturedQuestionCount, stats.FeaturedAnswerCount, stats.BestAnswerCount));
        Assert.Equal([new ValueCount("Hiker", 2)], stats.ContextDataDistribution!["Expertise"]);
        Assert.Empty(stats.TagDistribution!);
    }
}
