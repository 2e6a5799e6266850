using Ugc.Contracts.Content;

namespace Ugc.Silo.Content;

/// <summary>An author in <c>authors.json</c> and <c>Includes.Authors</c>: public data only, never an e-mail.</summary>
public sealed record AuthorResult
{
    public required string Id { get; init; }
    public string? UserNickname { get; init; }
    public string? Location { get; init; }
    public DateTimeOffset? SubmissionTime { get; init; }
    public IReadOnlyList<string> ReviewIds { get; init; } = [];
    public IReadOnlyList<string> QuestionIds { get; init; } = [];
    public IReadOnlyList<string> AnswerIds { get; init; } = [];
    public IReadOnlyList<string> CommentIds { get; init; } = [];
    public ReviewStatistics? ReviewStatistics { get; init; }
    public QaStatistics? QAStatistics { get; init; }
}
