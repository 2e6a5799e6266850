namespace Ugc.Contracts.Content;

/// <summary>The status of a piece of content.</summary>
public enum ContentStatus
{
    Submitted,
    Approved,
    Rejected,
    Held,
    Removed,
}

/// <summary>One entry of a content's moderation trail: which rule, model or person, what it said and why.</summary>
/// <param name="Stage">velocity, rule, model, shadow, decision, human, sample, feedback.</param>
/// <param name="Name">The rule or model name, or the moderator.</param>
/// <param name="Verdict">pass, flag, hold, reject, approve.</param>
/// <param name="Score">A model's score, if any.</param>
/// <param name="ReasonCode">An API error code such as ERROR_FORM_PROFANITY, if any.</param>
/// <param name="Detail">Human-readable detail (matched terms, model version).</param>
/// <param name="At">When.</param>
public sealed record ModerationStep(string Stage, string Name, string Verdict, double? Score, string? ReasonCode, string? Detail, DateTimeOffset At);

/// <summary>Content with its status and trail, as operators see it.</summary>
public sealed record ContentDetails(
    string Id,
    string ClientId,
    ContentStatus Status,
    ContentDocument Document,
    IReadOnlyList<ModerationStep> Trail,
    DateTimeOffset AcknowledgedAt,
    DateTimeOffset? DecidedAt);

/// <summary>A human moderator's decision.</summary>
public sealed record HumanDecision(bool Approve, string Moderator, string? Reason);

/// <summary>A shopper's vote or report.</summary>
public sealed record FeedbackVoteRequest(string UserId, bool Helpfulness, bool Positive, string? ReasonText);
