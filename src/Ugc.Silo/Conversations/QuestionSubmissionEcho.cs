namespace Ugc.Silo.Conversations;

/// <summary>The <c>Question</c> echo of a question submission; see <see cref="ReviewSubmissionEcho"/> for the shared fields.</summary>
public sealed record QuestionSubmissionEcho(
    string? Id,
    string? SubmissionId,
    DateTimeOffset? SubmissionTime,
    int? TypicalHoursToPost,
    string? QuestionSummary,
    string? QuestionDetails,
    bool SendEmailAlertWhenAnswered,
    bool SendEmailAlertWhenPublished);
