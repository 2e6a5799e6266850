namespace Ugc.Contracts.Submissions;

/// <summary>A validated comment on a review.</summary>
public sealed record ReviewCommentSubmission(
    string ReviewId,
    SubmissionAuthor Author,
    string? Title,
    string CommentText,
    SubmissionExtras Extras);
