using Ugc.Contracts.Content;

namespace Ugc.Silo.Content;

/// <summary>Statistics over one author's published content.</summary>
public static class AuthorStatistics
{
    public static ReviewStatistics Reviews(IEnumerable<ContentDocument> reviews)
    {
        var list = reviews.Where(r => r.Rating is not null).ToList();
        return new ReviewStatistics(
            list.Count == 0 ? null : list.Average(r => r.Rating!.Value),
            list.Count,
            5,
            [.. list.GroupBy(r => r.Rating!.Value).OrderBy(g => g.Key).Select(g => new RatingCount(g.Key, g.Count()))],
            list.Count(r => r.IsRecommended == true),
            list.Count(r => r.IsRecommended == false),
            list.Count(r => r.IsRatingsOnly),
            list.Sum(r => r.PositiveFeedback),
            list.Sum(r => r.NegativeFeedback),
            list.Count(r => r.IsFeatured),
            list.Count(r => r.IsIncentivized),
            list.Count == 0 ? null : list.Min(r => r.SubmissionTime),
            list.Count == 0 ? null : list.Max(r => r.SubmissionTime),
            new Dictionary<string, double>(),
            new Dictionary<string, IReadOnlyList<ValueCount>>());
    }

    public static QaStatistics QA(IEnumerable<ContentDocument> questions, IEnumerable<ContentDocument> answers)
    {
        var q = questions.ToList();
        var a = answers.ToList();
        return new QaStatistics(
            q.Count, a.Count, a.Count(x => x.IsBestAnswer),
            q.Count == 0 ? null : q.Min(x => x.SubmissionTime), q.Count == 0 ? null : q.Max(x => x.SubmissionTime),
            a.Count == 0 ? null : a.Min(x => x.SubmissionTime), a.Count == 0 ? null : a.Max(x => x.SubmissionTime));
    }
}
