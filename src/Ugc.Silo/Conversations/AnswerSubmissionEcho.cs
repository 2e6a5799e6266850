namespace Ugc.Silo.Conversations;

/// <summary>The <c>Answer</c> echo of an answer submission; see <see cref="ReviewSubmissionEcho"/> for the shared fields.</summary>
public sealed record AnswerSubmissionEcho(
    string? Id,
    string? SubmissionId,
    DateTimeOffset? SubmissionTime,
    int? TypicalHoursToPost,
    string? AnswerText,
    bool SendEmailAlertWhenPublished);
