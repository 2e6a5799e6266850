using Ugc.Grains.Moderation;

namespace Ugc.Grains.Classification;

/// <summary>
/// A two-class logistic regression over hashed word, word-pair and contact features, each text's feature
/// vector scaled to unit length (so a long text is not more certain for being long), trained with AdaGrad
/// and an L2 penalty on classes of equal weight, then calibrated: Platt scaling fitted on out-of-fold margins
/// (folds by pattern), so a score is a probability that held-out text bears out rather than the
/// overconfidence of a model grading its own training set. Training is deterministic and independent of
/// the order of the examples. On-line labels take a few gradient steps on the one text.
/// </summary>
public sealed class LogisticRegressionClassifier : ITextClassifier
{
    private readonly Dictionary<int, float> _weights;
    private readonly LogisticRegressionOptions _options;

    private LogisticRegressionClassifier(
        HashedFeatureExtractor extractor, LogisticRegressionOptions options, Dictionary<int, float> weights, float bias,
        double slope, double intercept, long flagged, long ok)
    {
        Extractor = extractor;
        _options = options;
        _weights = weights;
        Bias = bias;
        CalibrationSlope = slope;
        CalibrationIntercept = intercept;
        FlaggedExamples = flagged;
        OkExamples = ok;
    }

    /// <summary>The feature extractor.</summary>
    public HashedFeatureExtractor Extractor { get; }

    /// <summary>The margin of a text with no known features.</summary>
    public float Bias { get; }

    /// <summary>Platt's A: probability = σ(A·margin + B).</summary>
    public double CalibrationSlope { get; }

    /// <summary>Platt's B.</summary>
    public double CalibrationIntercept { get; }

    /// <summary>Flagged examples learned, on-line labels included.</summary>
    public long FlaggedExamples { get; private set; }

    /// <summary>Ok examples learned, on-line labels included.</summary>
    public long OkExamples { get; private set; }

    /// <inheritdoc/>
    public long TrainingExamples => FlaggedExamples + OkExamples;

    /// <summary>Features with a weight.</summary>
    public int FeatureCount => _weights.Count;

    /// <summary>Trains and calibrates a classifier on <paramref name="examples"/>.</summary>
    public static LogisticRegressionClassifier Train(IReadOnlyList<LabeledExample> examples, LogisticRegressionOptions? options = null)
    {
        options ??= new LogisticRegressionOptions();
        var extractor = new HashedFeatureExtractor(options.Bits, options.ContactFeatures, options.NumberShapes);
        var encoded = Encode(examples, extractor);
        var (slope, intercept) = Calibrate(encoded, options);
        var (weights, bias) = LogisticRegressionTrainer.Fit(encoded, options);
        return new LogisticRegressionClassifier(extractor, options, weights, bias, slope, intercept,
            examples.Count(e => e.Flagged), examples.Count(e => !e.Flagged));
    }

    /// <summary>Restores a classifier saved with <see cref="ToModel"/>.</summary>
    public static LogisticRegressionClassifier FromModel(LogisticRegressionModel model, LogisticRegressionOptions? options = null)
    {
        if (model.Buckets.Length != model.Weights.Length)
        {
            throw new ArgumentException("Model arrays differ in length.", nameof(model));
        }

        var weights = new Dictionary<int, float>(model.Buckets.Length);
        for (var i = 0; i < model.Buckets.Length; i++)
        {
            weights[model.Buckets[i]] = model.Weights[i];
        }

        return new LogisticRegressionClassifier(
            new HashedFeatureExtractor(model.BucketBits, model.ContactFeatures, model.NumberShapes), options ?? new LogisticRegressionOptions(),
            weights, model.Bias, model.CalibrationSlope, model.CalibrationIntercept, model.FlaggedExamples, model.OkExamples);
    }

    /// <summary>A compact copy for persistence: weights as single floats in ascending bucket order.</summary>
    public LogisticRegressionModel ToModel()
    {
        var buckets = _weights.Keys.Order().ToArray();
        return new LogisticRegressionModel(Extractor.Bits, Extractor.ContactFeatures, Bias,
            CalibrationSlope, CalibrationIntercept, FlaggedExamples, OkExamples, buckets, [.. buckets.Select(b => _weights[b])], Extractor.NumberShapes);
    }

    /// <inheritdoc/>
    public double Score(string text) => PlattScaling.Sigmoid(CalibrationSlope * Margin(text) + CalibrationIntercept);

    /// <summary>The uncalibrated margin (log-odds) of the flagged class.</summary>
    public double Margin(string text) => Margin(Extractor.Extract(text));

    /// <inheritdoc/>
    public void Update(string text, bool flagged) => Update(text, flagged, 1.0);

    /// <summary>
    /// Learns one labelled example: a few gradient steps on its features alone (the bias stays, so one label
    /// cannot move every other text), each moving its margin by at most <see cref="LogisticRegressionOptions.OnlineRate"/>.
    /// </summary>
    public void Update(string text, bool flagged, double weight)
    {
        var features = Extractor.Extract(text);
        if (features.Length > 0)
        {
            var scale = 1 / Math.Sqrt(features.Length);
            for (var step = 0; step < _options.OnlineSteps; step++)
            {
                var gradient = (PlattScaling.Sigmoid(Margin(features)) - (flagged ? 1 : 0)) * weight;
                foreach (var feature in features)
                {
                    _weights[feature] = (float)(_weights.GetValueOrDefault(feature) - _options.OnlineRate * gradient * scale);
                }
            }
        }

        _ = flagged ? FlaggedExamples++ : OkExamples++;
    }

    private double Margin(int[] features)
    {
        if (features.Length == 0)
        {
            return Bias;
        }

        var sum = 0.0;
        foreach (var feature in features)
        {
            sum += _weights.GetValueOrDefault(feature);
        }

        return Bias + sum / Math.Sqrt(features.Length);
    }

    private static List<EncodedExample> Encode(IReadOnlyList<LabeledExample> examples, HashedFeatureExtractor extractor)
    {
        // Sorted by content, so the same examples in any order train the same model.
        return [.. examples
            .Select(e => (Example: e, Hash: Fnv1a64.Hash(e.Text)))
            .OrderBy(x => x.Hash).ThenBy(x => x.Example.Text, StringComparer.Ordinal).ThenBy(x => x.Example.Flagged)
            .Select(x =>
            {
                var (words, phrases) = extractor.ExtractParts(x.Example.Text);
                return new EncodedExample(words, phrases, x.Example.Flagged, x.Example.Weight, CorpusSplit.Fold(x.Example, 1 << 16));
            })];
    }

    private static (double Slope, double Intercept) Calibrate(List<EncodedExample> encoded, LogisticRegressionOptions options)
    {
        var folds = options.CalibrationFolds;
        if (folds < 2 || encoded.Count(e => e.Flagged) < options.MinCalibrationExamples || encoded.Count(e => !e.Flagged) < options.MinCalibrationExamples)
        {
            return (1, 0);
        }

        var margins = new List<(double, bool)>(encoded.Count);
        for (var fold = 0; fold < folds; fold++)
        {
            var (weights, bias) = LogisticRegressionTrainer.Fit([.. encoded.Where(e => e.Fold % folds != fold)], options);
            foreach (var example in encoded.Where(e => e.Fold % folds == fold))
            {
                margins.Add((LogisticRegressionTrainer.Margin(weights, bias, example), example.Flagged));
            }
        }

        return PlattScaling.Fit(margins);
    }
}
