namespace Ugc.Contracts.Submissions;

/// <summary>A validated answer to a question.</summary>
public sealed record AnswerSubmission(
    string QuestionId,
    SubmissionAuthor Author,
    string AnswerText,
    SubmissionExtras Extras);
