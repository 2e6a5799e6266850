namespace Ugc.Silo.Content;

/// <summary>A question in <c>questions.json</c>.</summary>
public sealed record QuestionResult : ContentResultBase
{
    /// <summary>The category of the question's product.</summary>
    public string? CategoryId { get; init; }
    public string? QuestionSummary { get; init; }
    public string? QuestionDetails { get; init; }

    /// <summary>Always false: every question is asked under a nickname.</summary>
    public bool IsUserAnonymous { get; init; }
    public int TotalAnswerCount { get; init; }
    public IReadOnlyList<string> AnswerIds { get; init; } = [];

    /// <summary>Always empty, as on reviews.</summary>
    public IReadOnlyList<object> InappropriateFeedbackList { get; init; } = [];
    public IReadOnlyDictionary<string, TagDimensionResult> TagDimensions { get; init; } = new Dictionary<string, TagDimensionResult>();
    public IReadOnlyList<string> TagDimensionsOrder { get; init; } = [];
}
