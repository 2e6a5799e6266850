using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Ugc.Contracts;
using Ugc.Contracts.Moderation;
using Ugc.Grains.Classification;

namespace Ugc.Grains.Moderation;

/// <summary>
/// A versioned, calibrated text classifier (<see cref="LogisticRegressionClassifier"/>). Built-in models (spam,
/// abuse, offtopic) train version 1 from the shipped corpus at their first activation; other models exist once
/// <see cref="TrainAsync"/> first runs.
/// The corpus is chosen by the last segment of the key, so <c>acme/spam</c> is a client's own copy of the
/// spam model, tuned by that client's labels alone.
/// </summary>
public sealed partial class ModelGrain(
    [PersistentState("model")] IPersistentState<ModelState> state,
    [PersistentState("model-shadow")] IPersistentState<ShadowAgreementState> shadow,
    [FromKeyedServices(DomainClock.Key)] TimeProvider time,
    ILogger<ModelGrain> logger) : Grain, IModelGrain
{
    /// <summary>A score at or above this is a "flagged" prediction, for metrics and agreement: scores are calibrated probabilities.</summary>
    public const double Threshold = 0.5;

    /// <summary>
    /// How much a human label or uploaded example counts in training against one corpus example: it is the
    /// client's own judgement of its own content, where the corpus is generic.
    /// </summary>
    public const double LabelWeight = 3.0;

    /// <summary>Versions kept; older ones that are neither active, previous nor shadow are dropped.</summary>
    public const int MaxVersions = 10;

    /// <summary>Labels and examples kept for retraining; the oldest go first.</summary>
    public const int MaxExamples = 20_000;

    // Deserializing a model costs far more than scoring with it, so each version is restored once per activation.
    private readonly Dictionary<int, ITextClassifier> _classifiers = [];

    private string Id => this.GetPrimaryKeyString();

    private ModelState Model => state.State;

    private string? Corpus
    {
        get
        {
            var name = Id[(Id.LastIndexOf('/') + 1)..];
            return CorpusLoader.BuiltInModels.Contains(name, StringComparer.Ordinal) ? name : null;
        }
    }

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        if (Model.Versions.Count == 0 && Corpus is { } corpus)
        {
            var (classifier, trained) = BuiltInModelCache.Get(corpus);
            if (trained is { } elapsed)
            {
                LogTrained(logger, corpus, classifier.TrainingExamples, classifier.FeatureCount, elapsed.TotalMilliseconds);
            }

            AddVersion(classifier);
            Model.ActiveVersion = 1;
            await WriteAsync();
        }
    }

    public async Task<ModelScore> ScoreAsync(string text)
    {
        var active = Classifier(RequireActive().Version).Score(text);
        if (Model.ShadowVersion is not { } shadowVersion)
        {
            return new ModelScore(Id, Model.ActiveVersion, active, null, null);
        }

        var shadowScore = Classifier(shadowVersion).Score(text);
        var counts = ShadowCounts();
        counts.Comparisons++;
        counts.Agreements += active >= Threshold == shadowScore >= Threshold ? 1 : 0;
        await shadow.WriteStateAsync();
        return new ModelScore(Id, Model.ActiveVersion, active, shadowVersion, shadowScore);
    }

    public async Task<int> TrainAsync(IReadOnlyList<LabeledText> examples)
    {
        ArgumentNullException.ThrowIfNull(examples);
        AddExamples(examples);
        var version = AddVersion(Train(Model.Examples));
        if (Model.ActiveVersion == 0)
        {
            // The first version of a custom model has nothing to compete with.
            Model.ActiveVersion = version;
        }

        await WriteAsync();
        return version;
    }

    public async Task DeployAsync(int version)
    {
        RequireVersion(version);
        if (version == Model.ActiveVersion)
        {
            return;
        }

        Model.PreviousVersion = Model.ActiveVersion == 0 ? null : Model.ActiveVersion;
        Model.ActiveVersion = version;
        if (Model.ShadowVersion == version)
        {
            // Scoring a version beside itself measures nothing.
            Model.ShadowVersion = null;
        }

        await WriteAsync();
    }

    public async Task ShadowAsync(int? version)
    {
        if (version is { } v)
        {
            RequireVersion(v);
        }

        Model.ShadowVersion = version;
        await WriteAsync();
        shadow.State = new ShadowAgreementState { Version = version };
        await shadow.WriteStateAsync();
    }

    public async Task RollbackAsync()
    {
        var previous = Model.PreviousVersion
            ?? throw new ConflictException($"Model '{Id}' has no previous version to roll back to.");

        // A swap: rolling back twice returns to where the first rollback started.
        Model.PreviousVersion = RequireActive().Version;
        Model.ActiveVersion = previous;
        await WriteAsync();
    }

    public async Task AddLabelAsync(LabeledText label)
    {
        ArgumentNullException.ThrowIfNull(label);
        AddExamples([label]);
        if (Model.ActiveVersion != 0)
        {
            var active = RequireActive();
            var classifier = Classifier(active.Version);
            active.Count(classifier.Score(label.Text) >= Threshold, label.Flagged);
            if (Model.ShadowVersion is { } shadowVersion)
            {
                Version(shadowVersion).Count(Classifier(shadowVersion).Score(label.Text) >= Threshold, label.Flagged);
            }

            // Measured first, then learned: a label must not grade the model that just memorized it.
            if (classifier is LogisticRegressionClassifier logistic)
            {
                logistic.Update(label.Text, label.Flagged, LabelWeight);
            }
            else
            {
                classifier.Update(label.Text, label.Flagged);
            }

            active.Store(classifier);
        }

        await WriteAsync();
    }

    public Task<ModelInfo> GetAsync()
    {
        var active = RequireActive();
        var shadowMetrics = Model.ShadowVersion is { } v ? Version(v).ToMetrics() : null;
        var counts = shadow.State.Version == Model.ShadowVersion ? shadow.State : new ShadowAgreementState();
        var agreement = counts.Comparisons > 0 ? (double)counts.Agreements / counts.Comparisons : (double?)null;
        return Task.FromResult(new ModelInfo(
            Id,
            active.Version,
            Model.ShadowVersion,
            [.. Model.Versions.Select(x => x.Version)],
            active.ToMetrics(),
            shadowMetrics,
            agreement,
            counts.Comparisons,
            (int)Classifier(active.Version).TrainingExamples,
            Model.UpdatedAt));
    }

    private LogisticRegressionClassifier Train(IEnumerable<LabeledText> examples)
    {
        var corpus = Corpus is { } name ? CorpusLoader.LoadBuiltIn(name) : [];
        return LogisticRegressionClassifier.Train([.. corpus, .. examples.Select(e => new LabeledExample(e.Text, e.Flagged, Weight: LabelWeight))]);
    }

    private int AddVersion(LogisticRegressionClassifier classifier)
    {
        var version = Model.Versions.Count == 0 ? 1 : Model.Versions.Max(v => v.Version) + 1;
        var stored = new ModelVersionState { Version = version };
        stored.Store(classifier);
        Model.Versions.Add(stored);
        _classifiers[version] = classifier;
        while (Model.Versions.Count > MaxVersions
            && Model.Versions.FirstOrDefault(v => v.Version != Model.ActiveVersion && v.Version != Model.PreviousVersion
                && v.Version != Model.ShadowVersion && v.Version != version) is { } oldest)
        {
            Model.Versions.Remove(oldest);
            _classifiers.Remove(oldest.Version);
        }

        return version;
    }

    private void AddExamples(IEnumerable<LabeledText> examples)
    {
        Model.Examples.AddRange(examples);
        if (Model.Examples.Count > MaxExamples)
        {
            Model.Examples.RemoveRange(0, Model.Examples.Count - MaxExamples);
        }
    }

    private ITextClassifier Classifier(int version)
    {
        if (!_classifiers.TryGetValue(version, out var classifier))
        {
            classifier = Version(version).Restore();
            _classifiers[version] = classifier;
        }

        return classifier;
    }

    // The two states are written separately: counts left from another shadow (a crash between writes) start over.
    private ShadowAgreementState ShadowCounts()
    {
        if (shadow.State.Version != Model.ShadowVersion)
        {
            shadow.State = new ShadowAgreementState { Version = Model.ShadowVersion };
        }

        return shadow.State;
    }

    private ModelVersionState Version(int version) => Model.Versions.First(v => v.Version == version);

    private void RequireVersion(int version)
    {
        if (!Model.Versions.Exists(v => v.Version == version))
        {
            throw new NotFoundException($"Model '{Id}' has no version {version}.");
        }
    }

    private ModelVersionState RequireActive() => Model.ActiveVersion == 0
        ? throw new NotFoundException($"Model '{Id}' has no version yet: train one first.")
        : Version(Model.ActiveVersion);

    private Task WriteAsync()
    {
        Model.UpdatedAt = time.GetUtcNow();
        return state.WriteStateAsync();
    }

    [LoggerMessage(EventId = 3100, Level = LogLevel.Information, Message = "Built-in model {Corpus} trained from its corpus: {Examples} examples, {Features} features, {Milliseconds:F0} ms")]
    private static partial void LogTrained(ILogger logger, string corpus, long examples, int features, double milliseconds);
}
