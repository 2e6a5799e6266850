namespace Ugc.Contracts.Submissions;

/// <summary>A validated question about a product.</summary>
[GenerateSerializer, Immutable, Alias("ugc.question-submission")]
public sealed record QuestionSubmission(
    [property: Id(0)] string ProductId,
    [property: Id(1)] SubmissionAuthor Author,
    [property: Id(2)] string QuestionSummary,
    [property: Id(3)] string? QuestionDetails,
    [property: Id(4)] SubmissionExtras Extras);
