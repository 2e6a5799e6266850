namespace Ugc.Contracts.Submissions;

/// <summary>A validated helpfulness vote or inappropriate-content report.</summary>
/// <param name="ContentType">What the feedback is about.</param>
/// <param name="ContentId">The content's id.</param>
/// <param name="FeedbackType">Helpfulness or inappropriate.</param>
/// <param name="Vote">The vote for helpfulness feedback; null for reports.</param>
/// <param name="ReasonText">Why, mostly for reports.</param>
/// <param name="Author">The shopper.</param>
/// <param name="Locale">Locale such as <c>en_US</c>, if sent.</param>
public sealed record FeedbackSubmission(
    FeedbackContentType ContentType,
    string ContentId,
    FeedbackType FeedbackType,
    FeedbackVote? Vote,
    string? ReasonText,
    SubmissionAuthor Author,
    string? Locale);
