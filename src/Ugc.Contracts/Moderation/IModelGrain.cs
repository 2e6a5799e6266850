namespace Ugc.Contracts.Moderation;

/// <summary>A model's score of one text: the active version's, and the shadow's when one is set.</summary>
[GenerateSerializer, Immutable, Alias("ugc.model-score")]
public sealed record ModelScore(
    [property: Id(0)] string ModelId,
    [property: Id(1)] int Version,
    [property: Id(2)] double Score,
    [property: Id(3)] int? ShadowVersion,
    [property: Id(4)] double? ShadowScore);

/// <summary>A labelled text: true when it should be flagged.</summary>
[GenerateSerializer, Immutable, Alias("ugc.labeled-text")]
public sealed record LabeledText([property: Id(0)] string Text, [property: Id(1)] bool Flagged);

/// <summary>Quality of one model version against human labels.</summary>
[GenerateSerializer, Immutable, Alias("ugc.model-metrics")]
public sealed record ModelMetrics(
    [property: Id(0)] int Version,
    [property: Id(1)] int Labels,
    [property: Id(2)] int TruePositives,
    [property: Id(3)] int FalsePositives,
    [property: Id(4)] int TrueNegatives,
    [property: Id(5)] int FalseNegatives,
    [property: Id(6)] double Precision,
    [property: Id(7)] double Recall,
    [property: Id(8)] double F1,
    [property: Id(9)] double Accuracy);

/// <summary>A model as operators see it.</summary>
[GenerateSerializer, Immutable, Alias("ugc.model-info")]
public sealed record ModelInfo(
    [property: Id(0)] string Id,
    [property: Id(1)] int ActiveVersion,
    [property: Id(2)] int? ShadowVersion,
    [property: Id(3)] IReadOnlyList<int> Versions,
    [property: Id(4)] ModelMetrics ActiveMetrics,
    [property: Id(5)] ModelMetrics? ShadowMetrics,
    [property: Id(6)] double? ShadowAgreement,
    [property: Id(7)] long ShadowComparisons,
    [property: Id(8)] int TrainingExamples,
    [property: Id(9)] DateTimeOffset UpdatedAt);

/// <summary>
/// A text classifier with versions: the active one decides, a shadow one scores beside it. Human labels measure
/// both and update the active one on-line. Key: model id (built-in: spam, abuse, offtopic).
/// </summary>
[Alias("ugc.IModelGrain")]
public interface IModelGrain : IGrainWithStringKey
{
    /// <summary>Scores a text with the active version (and the shadow).</summary>
    [Alias("Score")]
    Task<ModelScore> ScoreAsync(string text);

    /// <summary>Trains a new version from the model's examples plus <paramref name="examples"/>; returns its number.</summary>
    [Alias("Train")]
    Task<int> TrainAsync(IReadOnlyList<LabeledText> examples);

    /// <summary>Makes a version active: the next decision anywhere uses it.</summary>
    [Alias("Deploy")]
    Task DeployAsync(int version);

    /// <summary>Scores a version beside the active one and records their agreement; null clears it.</summary>
    [Alias("Shadow")]
    Task ShadowAsync(int? version);

    /// <summary>Returns to the previously active version.</summary>
    [Alias("Rollback")]
    Task RollbackAsync();

    /// <summary>A human label of a text the model scored: measures the versions and updates the active one.</summary>
    [Alias("AddLabel")]
    Task AddLabelAsync(LabeledText label);

    /// <summary>The model's versions and quality.</summary>
    [ReadOnly]
    [Alias("Get")]
    Task<ModelInfo> GetAsync();
}
