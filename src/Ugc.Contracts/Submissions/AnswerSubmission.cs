namespace Ugc.Contracts.Submissions;

/// <summary>A validated answer to a question.</summary>
[GenerateSerializer, Immutable, Alias("ugc.answer-submission")]
public sealed record AnswerSubmission(
    [property: Id(0)] string QuestionId,
    [property: Id(1)] SubmissionAuthor Author,
    [property: Id(2)] string AnswerText,
    [property: Id(3)] SubmissionExtras Extras);
