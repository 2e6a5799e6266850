using Ugc.Contracts.Queries;
using Ugc.Contracts.Submissions;

namespace Ugc.Contracts.Content;

/// <summary>
/// A submission on the <c>submissions</c> stream (key: content id), appended by the gateway once it passed form and
/// velocity checks. Exactly one of the typed submissions is set.
/// </summary>
public sealed record ContentSubmission(
    string ContentId,
    string ClientId,
    ContentType Type,
    DateTimeOffset AcknowledgedAt,
    string AuthorToken,
    IReadOnlyList<string> VelocityFlags,
    ReviewSubmission? Review = null,
    QuestionSubmission? Question = null,
    AnswerSubmission? Answer = null,
    ReviewCommentSubmission? Comment = null)
{
    public SubmissionAuthor Author => Review?.Author ?? Question?.Author ?? Answer?.Author ?? Comment?.Author
        ?? throw new ValidationException("A submission carries no content.");
}
