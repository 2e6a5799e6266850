using System.Diagnostics;
using Ugc.Contracts.Clients;
using Ugc.Grains.Classification;

namespace Ugc.Grains.Moderation;

/// <summary>
/// Measures the built-in models as shipped: each model on the held-out patterns of its corpus (a split by
/// pattern, so no test text shares a pattern with a training text), and the whole default decision (rules,
/// models, thresholds) on the evaluation sets written apart from the corpus. Thresholds are calibrated here: the
/// hold threshold is the lowest that holds at most <see cref="MaxHoldFalsePositiveRate"/> of held-out honest
/// texts; the reject threshold the lowest, not below <see cref="RejectFloor"/>, that no held-out honest text long
/// enough to reject reaches.
/// </summary>
public static class BuiltInModelEvaluation
{
    /// <summary>Share of patterns held out.</summary>
    public const int HeldOutPercent = 20;

    /// <summary>Share of held-out honest texts a model's hold threshold may hold.</summary>
    public const double MaxHoldFalsePositiveRate = 0.02;

    /// <summary>
    /// Lowest reject threshold: a model alone rejects only on an extreme score, whatever the held-out split allows,
    /// because a wrong rejection silently loses honest content while a hold only delays it.
    /// </summary>
    public const double RejectFloor = 0.97;

    /// <summary>Trains <paramref name="model"/> on the training patterns and measures it on the held-out ones.</summary>
    public static ModelEvaluation Evaluate(string model, int minWordsToReject, LogisticRegressionOptions? options = null)
    {
        var (train, test) = CorpusSplit.Split(CorpusLoader.LoadBuiltIn(model), HeldOutPercent);
        var watch = Stopwatch.StartNew();
        var classifier = LogisticRegressionClassifier.Train(train, options);
        watch.Stop();

        var scored = test.Select(e => (Score: classifier.Score(e.Text), e.Flagged, Words: ModelDecision.WordCount(e.Text))).ToList();
        var all = scored.Select(s => (s.Score, s.Flagged)).ToList();
        var longEnough = scored.Where(s => s.Words >= minWordsToReject).Select(s => (s.Score, s.Flagged)).ToList();
        var hold = ThresholdCalibration.HoldThreshold(all, MaxHoldFalsePositiveRate);
        var reject = ThresholdCalibration.RejectThreshold(longEnough, RejectFloor);
        return new ModelEvaluation(
            model, train.Count, test.Count, test.Select(e => e.Group).Distinct().Count(), hold, reject,
            ClassifierMetrics.FromPairs(all.Select(s => (s.Score >= hold, s.Flagged))),
            ClassifierMetrics.FromPairs(longEnough.Select(s => (s.Score >= reject, s.Flagged))),
            ClassifierMetrics.RocAuc(all), classifier.FeatureCount, watch.Elapsed);
    }

    /// <summary>
    /// The route <paramref name="evaluation"/> calibrates for <paramref name="route"/>'s model: its hold and reject
    /// thresholds, except that a route that never rejects (a policy, as for off-topic content) keeps never rejecting.
    /// </summary>
    public static ModelRoute Calibrate(ModelRoute route, ModelEvaluation evaluation)
    {
        ArgumentNullException.ThrowIfNull(route);
        ArgumentNullException.ThrowIfNull(evaluation);
        return route with
        {
            HoldAbove = evaluation.HoldAbove,
            RejectAbove = route.RejectAbove >= ModelRoute.Never ? ModelRoute.Never : evaluation.RejectAbove,
        };
    }

    /// <summary>Trains a built-in model on its whole corpus, exactly as its grain does at first activation.</summary>
    public static LogisticRegressionClassifier TrainShipped(string model, LogisticRegressionOptions? options = null) =>
        LogisticRegressionClassifier.Train(CorpusLoader.LoadBuiltIn(model), options);

    /// <summary>Runs the evaluation sets through the rules and models of <paramref name="settings"/>.</summary>
    public static IReadOnlyList<PipelineEvaluation> EvaluatePipeline(ModerationSettings settings, Func<string, ITextClassifier> models)
    {
        var rules = new ModerationRules(ModerationProfile.For(settings));
        var classifiers = settings.Models.ToDictionary(m => m.ModelId, m => models(m.ModelId), StringComparer.Ordinal);
        var texts = CorpusLoader.EvaluationSets.SelectMany(CorpusLoader.LoadEvaluation);
        return [.. texts
            .Select(t => (t.Kind, t.Text, Outcome: Decide(settings, rules, classifiers, t.Text)))
            .GroupBy(t => t.Kind, StringComparer.Ordinal)
            .Select(g =>
            {
                var honest = g.Key == EvaluationText.Honest;
                return new PipelineEvaluation(g.Key, g.Count(),
                    g.Count(t => t.Outcome == RuleOutcome.Pass), g.Count(t => t.Outcome == RuleOutcome.Hold), g.Count(t => t.Outcome == RuleOutcome.Reject),
                    [.. g.Where(t => honest ? t.Outcome == RuleOutcome.Reject : t.Outcome == RuleOutcome.Pass).Select(t => t.Text).Take(10)]);
            })];
    }

    /// <summary>The decision the content grain takes on a review text: rules first, then every routed model.</summary>
    public static RuleOutcome Decide(ModerationSettings settings, ModerationRules rules, IReadOnlyDictionary<string, ITextClassifier> models, string text)
    {
        var outcome = ModerationRules.Decide(rules.Evaluate(new ModerationSubmission(new Dictionary<string, string?> { ["ReviewText"] = text })));
        var ruleFlagged = outcome > RuleOutcome.Pass;
        var words = ModelDecision.WordCount(text);
        foreach (var route in settings.Models)
        {
            var (modelOutcome, _) = ModelDecision.Decide(route, models[route.ModelId].Score(text), words, ruleFlagged);
            outcome = modelOutcome > outcome ? modelOutcome : outcome;
        }

        return outcome;
    }
}
