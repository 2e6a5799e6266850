namespace Ugc.Contracts.Content;

/// <summary>The status of a piece of content.</summary>
[GenerateSerializer, Alias("ugc.content-status")]
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
[GenerateSerializer, Immutable, Alias("ugc.moderation-step")]
public sealed record ModerationStep(
    [property: Id(0)] string Stage,
    [property: Id(1)] string Name,
    [property: Id(2)] string Verdict,
    [property: Id(3)] double? Score,
    [property: Id(4)] string? ReasonCode,
    [property: Id(5)] string? Detail,
    [property: Id(6)] DateTimeOffset At);

/// <summary>Content with its status and trail, as operators see it.</summary>
[GenerateSerializer, Immutable, Alias("ugc.content-details")]
public sealed record ContentDetails(
    [property: Id(0)] string Id,
    [property: Id(1)] string ClientId,
    [property: Id(2)] ContentStatus Status,
    [property: Id(3)] ContentDocument Document,
    [property: Id(4)] IReadOnlyList<ModerationStep> Trail,
    [property: Id(5)] DateTimeOffset AcknowledgedAt,
    [property: Id(6)] DateTimeOffset? DecidedAt);

/// <summary>A human moderator's decision.</summary>
[GenerateSerializer, Immutable, Alias("ugc.human-decision")]
public sealed record HumanDecision(
    [property: Id(0)] bool Approve,
    [property: Id(1)] string Moderator,
    [property: Id(2)] string? Reason);

/// <summary>A shopper's vote or report.</summary>
[GenerateSerializer, Immutable, Alias("ugc.feedback-vote-request")]
public sealed record FeedbackVoteRequest(
    [property: Id(0)] string UserId,
    [property: Id(1)] bool Helpfulness,
    [property: Id(2)] bool Positive,
    [property: Id(3)] string? ReasonText);
