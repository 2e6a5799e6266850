namespace Ugc.Grains.Moderation;

/// <summary>One line of a moderation trail.</summary>
/// <param name="Rule">The rule's stable name, e.g. "banned-terms".</param>
/// <param name="Outcome">What the rule decided.</param>
/// <param name="ReasonCode">The API's form error code when the rule objects, e.g. ERROR_FORM_PROFANITY.</param>
/// <param name="Field">The submission field concerned, if any.</param>
/// <param name="Detail">A human-readable explanation for moderators.</param>
public sealed record RuleVerdict(string Rule, RuleOutcome Outcome, string? ReasonCode, string? Field, string? Detail);
