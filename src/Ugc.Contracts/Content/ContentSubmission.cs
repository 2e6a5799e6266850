using Ugc.Contracts.Queries;
using Ugc.Contracts.Submissions;

namespace Ugc.Contracts.Content;

/// <summary>
/// A submission on the <c>submissions</c> stream (key: a partition, <c>0</c> to N-1; several submissions per stored
/// batch), appended by the write path once it passed form and velocity checks. Exactly one of the typed submissions is set.
/// </summary>
[GenerateSerializer, Immutable, Alias("ugc.content-submission")]
public sealed record ContentSubmission(
    [property: Id(0)] string ContentId,
    [property: Id(1)] string ClientId,
    [property: Id(2)] ContentType Type,
    [property: Id(3)] DateTimeOffset AcknowledgedAt,
    [property: Id(4)] string AuthorToken,
    [property: Id(5)] IReadOnlyList<string> VelocityFlags,
    [property: Id(6)] ReviewSubmission? Review = null,
    [property: Id(7)] QuestionSubmission? Question = null,
    [property: Id(8)] AnswerSubmission? Answer = null,
    [property: Id(9)] ReviewCommentSubmission? Comment = null)
{
    public SubmissionAuthor Author => Review?.Author ?? Question?.Author ?? Answer?.Author ?? Comment?.Author
        ?? throw new ValidationException("A submission carries no content.");
}
