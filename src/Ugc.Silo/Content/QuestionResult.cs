namespace Ugc.Silo.Content;

/// <summary>A question in <c>questions.json</c>.</summary>
public sealed record QuestionResult : ContentResultBase
{
    public string? QuestionSummary { get; init; }
    public string? QuestionDetails { get; init; }
    public int TotalAnswerCount { get; init; }
    public IReadOnlyList<string> AnswerIds { get; init; } = [];
}
