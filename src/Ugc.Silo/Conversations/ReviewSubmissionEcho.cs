namespace Ugc.Silo.Conversations;

/// <summary>The <c>Review</c> echo of a review submission: what was accepted, and the receipt once stored.</summary>
/// <param name="Id">Null: content gets its public id once moderation approves it.</param>
/// <param name="SendEmailAlertWhenCommented">False: the platform sends shoppers no alerts.</param>
/// <param name="SendEmailAlertWhenPublished">False, as above.</param>
public sealed record ReviewSubmissionEcho(
    string? Id,
    string? SubmissionId,
    DateTimeOffset? SubmissionTime,
    int? TypicalHoursToPost,
    int? Rating,
    string? Title,
    string? ReviewText,
    bool? IsRecommended,
    bool SendEmailAlertWhenCommented,
    bool SendEmailAlertWhenPublished);
