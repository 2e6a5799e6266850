using Ugc.Contracts.Clients;

namespace Ugc.Grains.Moderation;

/// <summary>
/// What one model's score decides under a client's route. A score at or above the hold threshold holds; a score at
/// or above the reject threshold rejects only if the text is long enough to judge or a rule flagged it as well,
/// because short texts give a model too little evidence ("Yes, it clicks shut.") and a wrong rejection is worse
/// than a hold.
/// </summary>
public static class ModelDecision
{
    /// <summary>Decides one model's outcome and, when the outcome is softer than the score alone would give, says why.</summary>
    /// <param name="route">The client's thresholds for this model.</param>
    /// <param name="score">The model's calibrated score.</param>
    /// <param name="words">Words in the scored text (see <see cref="WordCount"/>).</param>
    /// <param name="ruleFlagged">Whether a rule or velocity check already held or rejected the content.</param>
    public static (RuleOutcome Outcome, string? Reason) Decide(ModelRoute route, double score, int words, bool ruleFlagged)
    {
        ArgumentNullException.ThrowIfNull(route);
        if (score >= route.RejectAbove)
        {
            if (ruleFlagged || words >= route.MinWordsToReject)
            {
                return (RuleOutcome.Reject, null);
            }

            return (RuleOutcome.Hold, $"{words} words are too few to reject on a model score alone (at least {route.MinWordsToReject})");
        }

        return (score >= route.HoldAbove ? RuleOutcome.Hold : RuleOutcome.Pass, null);
    }

    /// <summary>Words of a text as the models see them (normalized tokens).</summary>
    public static int WordCount(string? text) => TextNormalizer.Tokenize(text).Count;
}
