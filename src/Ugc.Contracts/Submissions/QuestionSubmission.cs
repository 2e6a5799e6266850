namespace Ugc.Contracts.Submissions;

/// <summary>A validated question about a product.</summary>
public sealed record QuestionSubmission(
    string ProductId,
    SubmissionAuthor Author,
    string QuestionSummary,
    string? QuestionDetails,
    SubmissionExtras Extras);
