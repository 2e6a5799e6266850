using Ugc.Contracts.Content;
using Ugc.Contracts.Queries;

namespace Ugc.Grains.Catalog;

/// <summary>Review and Q&amp;A statistics over a set of published documents.</summary>
public static class StatisticsCalculator
{
    public static ReviewStatistics Reviews(IEnumerable<IContentFields> documents)
    {
        var reviews = documents.Where(d => d.Type == ContentType.Reviews && d.Rating is not null).ToList();
        var secondary = reviews.SelectMany(r => r.SecondaryRatings).GroupBy(p => p.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => Math.Round(g.Average(p => p.Value), 2), StringComparer.Ordinal);
        var secondaryDistribution = reviews.SelectMany(r => r.SecondaryRatings).GroupBy(p => p.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<RatingCount>)[.. g.GroupBy(p => p.Value).OrderBy(v => v.Key).Select(v => new RatingCount(v.Key, v.Count()))],
                StringComparer.Ordinal);
        return new ReviewStatistics(
            reviews.Count == 0 ? null : Math.Round(reviews.Average(r => r.Rating!.Value), 4),
            reviews.Count,
            5,
            [.. reviews.GroupBy(r => r.Rating!.Value).OrderBy(g => g.Key).Select(g => new RatingCount(g.Key, g.Count()))],
            reviews.Count(r => r.IsRecommended == true),
            reviews.Count(r => r.IsRecommended == false),
            reviews.Count(r => r.IsRatingsOnly),
            reviews.Sum(r => r.PositiveFeedback),
            reviews.Sum(r => r.NegativeFeedback),
            reviews.Count(r => r.IsFeatured),
            reviews.Count(r => r.IsIncentivized),
            reviews.Count == 0 ? null : reviews.Min(r => r.SubmissionTime),
            reviews.Count == 0 ? null : reviews.Max(r => r.SubmissionTime),
            secondary,
            ContextDataDistribution(reviews),
            TagDistribution(reviews),
            secondaryDistribution);
    }

    public static QaStatistics QA(IEnumerable<IContentFields> documents)
    {
        var questions = documents.Where(d => d.Type == ContentType.Questions).ToList();
        var answers = documents.Where(d => d.Type == ContentType.Answers).ToList();
        List<IContentFields> both = [.. questions, .. answers];
        return new QaStatistics(
            questions.Count,
            answers.Count,
            answers.Count(a => a.IsBestAnswer),
            questions.Count == 0 ? null : questions.Min(q => q.SubmissionTime),
            questions.Count == 0 ? null : questions.Max(q => q.SubmissionTime),
            answers.Count == 0 ? null : answers.Min(a => a.SubmissionTime),
            answers.Count == 0 ? null : answers.Max(a => a.SubmissionTime),
            questions.Sum(q => q.PositiveFeedback),
            questions.Sum(q => q.NegativeFeedback),
            answers.Sum(a => a.PositiveFeedback),
            answers.Sum(a => a.NegativeFeedback),
            questions.Count(q => q.IsFeatured),
            answers.Count(a => a.IsFeatured),
            TagDistribution(both),
            ContextDataDistribution(both));
    }

    /// <summary>Documents per context-data answer, by dimension; most frequent answer first.</summary>
    private static Dictionary<string, IReadOnlyList<ValueCount>> ContextDataDistribution(IEnumerable<IContentFields> documents) =>
        Distribution(documents.SelectMany(d => d.ContextDataValues.Select(p => (Dimension: p.Key, p.Value))));

    /// <summary>Documents per tag, by tag dimension (a document counts once per distinct tag); most frequent tag first.</summary>
    private static Dictionary<string, IReadOnlyList<ValueCount>> TagDistribution(IEnumerable<IContentFields> documents) =>
        Distribution(documents.SelectMany(d => d.Tags.SelectMany(t => t.Value.Distinct(StringComparer.Ordinal).Select(v => (Dimension: t.Key, Value: v)))));

    private static Dictionary<string, IReadOnlyList<ValueCount>> Distribution(IEnumerable<(string Dimension, string Value)> pairs) =>
        pairs.GroupBy(p => p.Dimension, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<ValueCount>)[.. g.GroupBy(p => p.Value, StringComparer.Ordinal)
                .Select(v => new ValueCount(v.Key, v.Count())).OrderByDescending(v => v.Count).ThenBy(v => v.Value, StringComparer.Ordinal)],
                StringComparer.Ordinal);
}
