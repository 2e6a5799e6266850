namespace Ugc.Contracts.Submissions;

/// <summary>A validated helpfulness vote or inappropriate-content report.</summary>
/// <param name="ContentType">What the feedback is about.</param>
/// <param name="ContentId">The content's id.</param>
/// <param name="FeedbackType">Helpfulness or inappropriate.</param>
/// <param name="Vote">The vote for helpfulness feedback; null for reports.</param>
/// <param name="ReasonText">Why, mostly for reports.</param>
/// <param name="Author">The shopper.</param>
/// <param name="Locale">Locale such as <c>en_US</c>, if sent.</param>
[GenerateSerializer, Immutable, Alias("ugc.feedback-submission")]
public sealed record FeedbackSubmission(
    [property: Id(0)] FeedbackContentType ContentType,
    [property: Id(1)] string ContentId,
    [property: Id(2)] FeedbackType FeedbackType,
    [property: Id(3)] FeedbackVote? Vote,
    [property: Id(4)] string? ReasonText,
    [property: Id(5)] SubmissionAuthor Author,
    [property: Id(6)] string? Locale);
