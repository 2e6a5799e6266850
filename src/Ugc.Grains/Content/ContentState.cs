using Ugc.Contracts.Content;

namespace Ugc.Grains.Content;

/// <summary>Persisted state of <see cref="ContentGrain"/>.</summary>
public sealed class ContentState
{
    public ContentSubmission? Submission { get; set; }

    public ContentDocument? Document { get; set; }

    public ContentStatus Status { get; set; }

    public List<ModerationStep> Trail { get; set; } = [];

    public DateTimeOffset? DecidedAt { get; set; }

    /// <summary>Model scores of the automatic decision, by model id: which models a human label concerns.</summary>
    public Dictionary<string, double> ModelScores { get; set; } = [];

    public HashSet<string> HelpfulnessVoters { get; set; } = [];

    public HashSet<string> Reporters { get; set; } = [];
}
