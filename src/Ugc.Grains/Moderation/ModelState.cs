using Ugc.Contracts.Moderation;
using Ugc.Grains.Classification;

namespace Ugc.Grains.Moderation;

/// <summary>The persisted state of a <see cref="ModelGrain"/>.</summary>
[GenerateSerializer, Alias("ugc.state.model-state")]
public sealed class ModelState
{
    /// <summary>The versions kept, oldest first.</summary>
    [Id(0)]
    public List<ModelVersionState> Versions { get; set; } = [];

    /// <summary>The version that decides; 0 before the first version exists.</summary>
    [Id(1)]
    public int ActiveVersion { get; set; }

    /// <summary>The version active before the last deploy or rollback: where a rollback returns.</summary>
    [Id(2)]
    public int? PreviousVersion { get; set; }

    /// <summary>The version scored beside the active one, if any.</summary>
    [Id(3)]
    public int? ShadowVersion { get; set; }

    /// <summary>
    /// Human labels and uploaded examples, kept so a new version can be trained from the corpus plus them
    /// (the shipped corpus is not copied: it is loaded again when training).
    /// </summary>
    [Id(4)]
    public List<LabeledText> Examples { get; set; } = [];

    /// <summary>When the model last changed.</summary>
    [Id(5)]
    public DateTimeOffset UpdatedAt { get; set; }
}

/// <summary>One version: its classifier and its confusion counts against human labels.</summary>
[GenerateSerializer, Alias("ugc.state.model-version-state")]
public sealed class ModelVersionState
{
    [Id(0)]
    public int Version { get; set; }

    /// <summary>A naive Bayes version, as versions were stored before the calibrated logistic regression.</summary>
    [Id(1)]
    public NaiveBayesModel? NaiveBayes { get; set; }

    /// <summary>A calibrated logistic regression version.</summary>
    [Id(6)]
    public LogisticRegressionModel? Logistic { get; set; }

    [Id(2)]
    public int TruePositives { get; set; }

    [Id(3)]
    public int FalsePositives { get; set; }

    [Id(4)]
    public int TrueNegatives { get; set; }

    [Id(5)]
    public int FalseNegatives { get; set; }

    /// <summary>Restores the version's classifier.</summary>
    public ITextClassifier Restore() => Logistic is { } logistic
        ? LogisticRegressionClassifier.FromModel(logistic)
        : NaiveBayes is { } naiveBayes
            ? NaiveBayesClassifier.FromModel(naiveBayes)
            : throw new InvalidOperationException($"Model version {Version} holds no classifier.");

    /// <summary>Stores <paramref name="classifier"/> as this version's classifier.</summary>
    public void Store(ITextClassifier classifier)
    {
        (Logistic, NaiveBayes) = classifier switch
        {
            LogisticRegressionClassifier logistic => (logistic.ToModel(), (NaiveBayesModel?)null),
            NaiveBayesClassifier naiveBayes => (null, naiveBayes.ToModel()),
            _ => throw new ArgumentException($"Cannot store a {classifier.GetType().Name}.", nameof(classifier)),
        };
    }

    /// <summary>Counts one labelled prediction (flagged means a score of 0.5 or more).</summary>
    public void Count(bool predicted, bool actual)
    {
        _ = (predicted, actual) switch
        {
            (true, true) => TruePositives++,
            (true, false) => FalsePositives++,
            (false, false) => TrueNegatives++,
            (false, true) => FalseNegatives++,
        };
    }

    /// <summary>The version's quality as the contract reports it.</summary>
    public ModelMetrics ToMetrics()
    {
        var m = new ClassifierMetrics(TruePositives, FalsePositives, TrueNegatives, FalseNegatives);
        return new ModelMetrics(Version, m.Total, m.TruePositives, m.FalsePositives, m.TrueNegatives, m.FalseNegatives, m.Precision, m.Recall, m.F1, m.Accuracy);
    }
}

/// <summary>
/// Shadow agreement counts, persisted apart from the model: they change at every score, and this record
/// is a few bytes where the model state is tens of kilobytes.
/// </summary>
[GenerateSerializer, Alias("ugc.state.shadow-agreement-state")]
public sealed class ShadowAgreementState
{
    /// <summary>The shadow version these counts belong to.</summary>
    [Id(0)]
    public int? Version { get; set; }

    [Id(1)]
    public long Comparisons { get; set; }

    [Id(2)]
    public long Agreements { get; set; }
}
