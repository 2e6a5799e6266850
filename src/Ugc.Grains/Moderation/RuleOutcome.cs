namespace Ugc.Grains.Moderation;

/// <summary>What a rule says about a submission, in increasing severity.</summary>
public enum RuleOutcome
{
    /// <summary>The rule has no objection.</summary>
    Pass,

    /// <summary>The submission goes to human moderators.</summary>
    Hold,

    /// <summary>The submission is rejected.</summary>
    Reject,
}
