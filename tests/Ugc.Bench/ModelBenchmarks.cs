using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Ugc.Contracts.Clients;
using Ugc.Grains.Classification;
using Ugc.Grains.Moderation;

namespace Ugc.Bench;

/// <summary>
/// The built-in moderation models: precision and recall on held-out patterns against a naive Bayes baseline on
/// the same split, the default decision on the evaluation sets, and what training at first activation costs.
/// </summary>
internal static class ModelBenchmarks
{
    public static void Run(Report report)
    {
        var settings = ModerationSettings.Default;
        Console.WriteLine();
        Console.WriteLine("| model | train / test examples (test patterns) | hold ≥ | precision | recall | reject ≥ | precision | recall | ROC AUC | naive Bayes: ROC AUC, P / R at 0.5 |");
        Console.WriteLine("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var route in settings.Models)
        {
            var e = BuiltInModelEvaluation.Evaluate(route.ModelId, route.MinWordsToReject);
            var baseline = NaiveBayesBaseline(route.ModelId);
            Console.WriteLine($"| {e.Model} | {e.TrainExamples:N0} / {e.TestExamples:N0} ({e.TestPatterns}) | {e.HoldAbove:F2} | {e.AtHold.Precision:P1} | {e.AtHold.Recall:P1} | " +
                $"{Threshold(e.RejectAbove)} | {e.AtReject.Precision:P1} | {e.AtReject.Recall:P1} | {e.RocAuc:F3} | {baseline.Auc:F3}, {baseline.Metrics.Precision:P1} / {baseline.Metrics.Recall:P1} |");
            if (BuiltInModelEvaluation.Calibrate(route, e) is var calibrated && calibrated != route)
            {
                report.Note($"{route.ModelId}: calibration gives hold {calibrated.HoldAbove:F2} / reject {Threshold(calibrated.RejectAbove)}, the default profile has " +
                    $"{route.HoldAbove:F2} / {Threshold(route.RejectAbove)}: update ModerationSettings.Default");
            }
        }

        var shipped = new Dictionary<string, LogisticRegressionClassifier>(StringComparer.Ordinal);
        var timings = new List<string>();
        foreach (var route in settings.Models)
        {
            var watch = Stopwatch.StartNew();
            shipped[route.ModelId] = BuiltInModelEvaluation.TrainShipped(route.ModelId);
            var trained = watch.Elapsed;
            var model = shipped[route.ModelId].ToModel();
            timings.Add($"{route.ModelId}: {shipped[route.ModelId].TrainingExamples:N0} examples, {trained.TotalMilliseconds:F0} ms to load, train and calibrate, " +
                $"{model.Buckets.Length:N0} weighted features, {model.Buckets.Length * 8 / 1024.0:F0} KiB of weights ({JsonSerializer.Serialize(model).Length / 1024.0:F0} KiB as JSON)");
        }

        Console.WriteLine();
        Console.WriteLine("| evaluation set | texts | published | held | rejected | caught (held or rejected) |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|");
        var pipeline = BuiltInModelEvaluation.EvaluatePipeline(settings, id => shipped[id]);
        foreach (var p in pipeline)
        {
            Console.WriteLine($"| {p.Kind} | {p.Texts} | {p.Published} | {p.Held} | {p.Rejected} | {(p.Kind == EvaluationText.Honest ? "-" : p.CaughtRate.ToString("P1", CultureInfo.InvariantCulture))} |");
        }

        Console.WriteLine();
        foreach (var p in pipeline.Where(p => p.Misjudged.Count > 0))
        {
            report.Note($"{p.Kind}, {(p.Kind == EvaluationText.Honest ? "rejected" : "published")}: {string.Join(" | ", p.Misjudged)}");
        }

        var rules = new ModerationRules(ModerationProfile.For(settings));
        var models = shipped.ToDictionary(m => m.Key, m => (ITextClassifier)m.Value, StringComparer.Ordinal);
        var heldHonest = CorpusLoader.LoadEvaluation("honest").Where(t => BuiltInModelEvaluation.Decide(settings, rules, models, t.Text) == RuleOutcome.Hold);
        report.Note("honest, held: " + string.Join(" | ", heldHonest.Select(t => $"{t.Text} ({string.Join(", ", shipped.Select(m => $"{m.Key} {m.Value.Score(t.Text):F2}"))})")));

        var honest = pipeline.Single(p => p.Kind == EvaluationText.Honest);
        report.Note($"honest texts: false-rejection rate {honest.RejectedRate:P1} ({honest.Rejected} of {honest.Texts}), held {honest.HeldRate:P1} ({honest.Held})");
        foreach (var timing in timings)
        {
            report.Note(timing);
        }

        MeasureTextAnalysis(report, settings, rules, models);
    }

    /// <summary>
    /// The content grain's decision on one text (rules, word count, each routed model: the analyses of the text are
    /// remembered, so it is tokenized and searched for contact details once) against the same steps each given a text
    /// of its own, as if nothing were shared. Each round's texts are new, so nothing is remembered across rounds.
    /// </summary>
    private static void MeasureTextAnalysis(Report report, ModerationSettings settings, ModerationRules rules, IReadOnlyDictionary<string, ITextClassifier> models)
    {
        var texts = CorpusLoader.LoadEvaluation("honest").Select(t => t.Text).ToList();
        const int Rounds = 20;
        TimeSpan Measure(bool shared)
        {
            var watch = Stopwatch.StartNew();
            for (var round = 0; round < Rounds; round++)
            {
                foreach (var text in texts)
                {
                    string Step(int step) => shared ? $"{text} {round}" : $"{text} {round}.{step}";
                    var outcome = ModerationRules.Decide(rules.Evaluate(new ModerationSubmission(new Dictionary<string, string?> { ["ReviewText"] = Step(0) })));
                    var words = ModelDecision.WordCount(Step(1));
                    var step = 2;
                    foreach (var route in settings.Models)
                    {
                        var (modelOutcome, _) = ModelDecision.Decide(route, models[route.ModelId].Score(Step(step++)), words, outcome > RuleOutcome.Pass);
                        outcome = modelOutcome > outcome ? modelOutcome : outcome;
                    }
                }
            }

            return watch.Elapsed / (Rounds * texts.Count);
        }

        Measure(shared: true);
        Measure(shared: false);
        var (separate, shared) = (Measure(shared: false), Measure(shared: true));
        report.Note($"moderating one text (rules, word count, {settings.Models.Count} models), {texts.Count} honest texts x {Rounds}: " +
            $"{shared.TotalMicroseconds:F0} µs with its analyses shared, {separate.TotalMicroseconds:F0} µs with a text of its own per step: " +
            $"**{shared / separate:F2}x**");
    }

    private static string Threshold(double t) => t > 1 ? "never" : t.ToString("F2", CultureInfo.InvariantCulture);

    private static (double Auc, ClassifierMetrics Metrics) NaiveBayesBaseline(string model)
    {
        var (train, test) = CorpusSplit.Split(CorpusLoader.LoadBuiltIn(model), BuiltInModelEvaluation.HeldOutPercent);
        var classifier = new NaiveBayesClassifier();
        classifier.Train(train);
        var scored = test.Select(e => (Score: classifier.Score(e.Text), e.Flagged)).ToList();
        return (ClassifierMetrics.RocAuc(scored), ClassifierMetrics.FromPairs(scored.Select(s => (s.Score >= 0.5, s.Flagged))));
    }
}
