namespace Ugc.Silo.Conversations;

/// <summary>The <c>Comment</c> echo of a review comment submission; see <see cref="ReviewSubmissionEcho"/> for the shared fields.</summary>
public sealed record CommentSubmissionEcho(
    string? Id,
    string? SubmissionId,
    DateTimeOffset? SubmissionTime,
    int? TypicalHoursToPost,
    string? Title,
    string? CommentText,
    bool SendEmailAlertWhenPublished);
