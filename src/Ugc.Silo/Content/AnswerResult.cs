namespace Ugc.Silo.Content;

/// <summary>An answer in <c>answers.json</c>.</summary>
public sealed record AnswerResult : ContentResultBase
{
    public string? QuestionId { get; init; }
    public string? AnswerText { get; init; }
    public bool IsBestAnswer { get; init; }
    public bool IsBrandAnswer { get; init; }

    /// <summary>Null: brands have no logo on file.</summary>
    public string? BrandImageLogoURL { get; init; }

    /// <summary>Null: every answer is written by a person.</summary>
    public string? AutomatedAnswerSource { get; init; }
}
