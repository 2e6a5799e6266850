namespace Ugc.Contracts.Submissions;

/// <summary>A stored submission: given only once its append to the <c>submissions</c> stream is durable.</summary>
/// <param name="SubmissionId">The content id.</param>
/// <param name="SubmissionTime">When it was accepted.</param>
/// <param name="AuthorSubmissionToken">Lets the author see the pending content; null for feedback.</param>
[GenerateSerializer, Immutable, Alias("ugc.submission-acknowledgement")]
public sealed record SubmissionAcknowledgement(
    [property: Id(0)] string SubmissionId,
    [property: Id(1)] DateTimeOffset SubmissionTime,
    [property: Id(2)] string? AuthorSubmissionToken);
