namespace Ugc.Silo.Content;

/// <summary>An answer in <c>answers.json</c>.</summary>
public sealed record AnswerResult : ContentResultBase
{
    public string? QuestionId { get; init; }
    public string? AnswerText { get; init; }
    public bool IsBestAnswer { get; init; }
    public bool IsBrandAnswer { get; init; }
}
