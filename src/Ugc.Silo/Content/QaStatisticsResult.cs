namespace Ugc.Silo.Content;

/// <summary><c>QAStatistics</c>: question and answer counts, votes, times and distributions.</summary>
public sealed record QaStatisticsResult
{
    public int TotalQuestionCount { get; init; }
    public int TotalAnswerCount { get; init; }
    public int BestAnswerCount { get; init; }
    public int FeaturedQuestionCount { get; init; }
    public int FeaturedAnswerCount { get; init; }

    /// <summary>Helpful votes on questions and answers together.</summary>
    public int HelpfulVoteCount { get; init; }
    public int QuestionHelpfulVoteCount { get; init; }
    public int QuestionNotHelpfulVoteCount { get; init; }
    public int AnswerHelpfulVoteCount { get; init; }
    public int AnswerNotHelpfulVoteCount { get; init; }
    public DateTimeOffset? FirstQuestionTime { get; init; }
    public DateTimeOffset? LastQuestionTime { get; init; }
    public DateTimeOffset? FirstAnswerTime { get; init; }
    public DateTimeOffset? LastAnswerTime { get; init; }

    /// <summary>The latest question or answer.</summary>
    public DateTimeOffset? LastQuestionAnswerTime { get; init; }
    public IReadOnlyDictionary<string, DistributionResult<string>> ContextDataDistribution { get; init; } = new Dictionary<string, DistributionResult<string>>();
    public IReadOnlyList<string> ContextDataDistributionOrder { get; init; } = [];
    public IReadOnlyDictionary<string, DistributionResult<string>> TagDistribution { get; init; } = new Dictionary<string, DistributionResult<string>>();
    public IReadOnlyList<string> TagDistributionOrder { get; init; } = [];
}
