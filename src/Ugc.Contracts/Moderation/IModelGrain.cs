namespace Ugc.Contracts.Moderation;

/// <summary>A model's score of one text: the active version's, and the shadow's when one is set.</summary>
public sealed record ModelScore(string ModelId, int Version, double Score, int? ShadowVersion, double? ShadowScore);

/// <summary>A labelled text: true when it should be flagged.</summary>
public sealed record LabeledText(string Text, bool Flagged);

/// <summary>Quality of one model version against human labels.</summary>
public sealed record ModelMetrics(
    int Version,
    int Labels,
    int TruePositives,
    int FalsePositives,
    int TrueNegatives,
    int FalseNegatives,
    double Precision,
    double Recall,
    double F1,
    double Accuracy);

/// <summary>A model as operators see it.</summary>
public sealed record ModelInfo(
    string Id,
    int ActiveVersion,
    int? ShadowVersion,
    IReadOnlyList<int> Versions,
    ModelMetrics ActiveMetrics,
    ModelMetrics? ShadowMetrics,
    double? ShadowAgreement,
    long ShadowComparisons,
    int TrainingExamples,
    DateTimeOffset UpdatedAt);

/// <summary>
/// A text classifier with versions: the active one decides, a shadow one scores beside it. Human labels measure
/// both and update the active one on-line. Key: model id (built-in: spam, abuse, offtopic).
/// </summary>
public interface IModelGrain : IGrainWithStringKey
{
    /// <summary>Scores a text with the active version (and the shadow).</summary>
    Task<ModelScore> ScoreAsync(string text);

    /// <summary>Trains a new version from the model's examples plus <paramref name="examples"/>; returns its number.</summary>
    Task<int> TrainAsync(IReadOnlyList<LabeledText> examples);

    /// <summary>Makes a version active: the next decision anywhere uses it.</summary>
    Task DeployAsync(int version);

    /// <summary>Scores a version beside the active one and records their agreement; null clears it.</summary>
    Task ShadowAsync(int? version);

    /// <summary>Returns to the previously active version.</summary>
    Task RollbackAsync();

    /// <summary>A human label of a text the model scored: measures the versions and updates the active one.</summary>
    Task AddLabelAsync(LabeledText label);

    /// <summary>The model's versions and quality.</summary>
    [ReadOnly]
    Task<ModelInfo> GetAsync();
}
