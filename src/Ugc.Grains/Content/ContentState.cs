using Ugc.Contracts.Content;

namespace Ugc.Grains.Content;

/// <summary>Persisted state of <see cref="ContentGrain"/>.</summary>
[GenerateSerializer, Alias("ugc.state.content-state")]
public sealed class ContentState
{
    [Id(0)]
    public ContentSubmission? Submission { get; set; }

    [Id(1)]
    public ContentDocument? Document { get; set; }

    [Id(2)]
    public ContentStatus Status { get; set; }

    [Id(3)]
    public List<ModerationStep> Trail { get; set; } = [];

    [Id(4)]
    public DateTimeOffset? DecidedAt { get; set; }

    /// <summary>Model scores of the automatic decision, by model id: which models a human label concerns.</summary>
    [Id(5)]
    public Dictionary<string, double> ModelScores { get; set; } = [];

    [Id(6)]
    public HashSet<string> HelpfulnessVoters { get; set; } = [];

    [Id(7)]
    public HashSet<string> Reporters { get; set; } = [];
}
