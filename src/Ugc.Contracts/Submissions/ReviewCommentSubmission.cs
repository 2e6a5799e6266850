namespace Ugc.Contracts.Submissions;

/// <summary>A validated comment on a review.</summary>
[GenerateSerializer, Immutable, Alias("ugc.review-comment-submission")]
public sealed record ReviewCommentSubmission(
    [property: Id(0)] string ReviewId,
    [property: Id(1)] SubmissionAuthor Author,
    [property: Id(2)] string? Title,
    [property: Id(3)] string CommentText,
    [property: Id(4)] SubmissionExtras Extras);
