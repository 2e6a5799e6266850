using System.Runtime.InteropServices;

namespace Ugc.Grains.Classification;

/// <summary>
/// A two-class (flagged / ok) multinomial naive Bayes text classifier over hashed, binarized word and
/// word-pair features, with Laplace smoothing. Chosen over logistic regression because learning is
/// counting: one pass trains it, one labelled example updates it exactly (no learning rate, no
/// epochs, no dependence on example order), and its state is a sparse table of counts. The built-in models use
/// <see cref="LogisticRegressionClassifier"/> now (naive Bayes' independence assumption makes its scores extreme
/// and uncalibrated); this one scores versions stored before, and is the baseline in the model evaluation.
/// </summary>
public sealed class NaiveBayesClassifier : ITextClassifier
{
    private readonly Dictionary<int, FeatureCounts> _counts = [];
    private long _flaggedFeatures;
    private long _okFeatures;

    /// <summary>Creates an untrained classifier.</summary>
    /// <param name="extractor">Feature extraction; the default uses 2^18 buckets and contact features.</param>
    /// <param name="alpha">Laplace smoothing: pseudo-counts added to every feature of each class.</param>
    public NaiveBayesClassifier(HashedFeatureExtractor? extractor = null, double alpha = 1.0)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(alpha, 0);
        Extractor = extractor ?? new HashedFeatureExtractor();
        Alpha = alpha;
    }

    /// <summary>The feature extractor.</summary>
    public HashedFeatureExtractor Extractor { get; }

    /// <summary>The Laplace smoothing constant.</summary>
    public double Alpha { get; }

    /// <summary>Flagged examples learned.</summary>
    public long FlaggedDocuments { get; private set; }

    /// <summary>Ok examples learned.</summary>
    public long OkDocuments { get; private set; }

    /// <inheritdoc/>
    public long TrainingExamples => FlaggedDocuments + OkDocuments;

    /// <summary>Distinct features seen: the vocabulary size used for smoothing.</summary>
    public int FeatureCount => _counts.Count;

    /// <summary>Restores a classifier saved with <see cref="ToModel"/>.</summary>
    public static NaiveBayesClassifier FromModel(NaiveBayesModel model)
    {
        if (model.Buckets.Length != model.FlaggedCounts.Length || model.Buckets.Length != model.OkCounts.Length)
        {
            throw new ArgumentException("Model arrays differ in length.", nameof(model));
        }

        var classifier = new NaiveBayesClassifier(new HashedFeatureExtractor(model.BucketBits, model.ContactFeatures), model.Alpha)
        {
            FlaggedDocuments = model.FlaggedDocuments,
            OkDocuments = model.OkDocuments,
        };
        for (var i = 0; i < model.Buckets.Length; i++)
        {
            classifier._counts[model.Buckets[i]] = new FeatureCounts(model.FlaggedCounts[i], model.OkCounts[i]);
            classifier._flaggedFeatures += model.FlaggedCounts[i];
            classifier._okFeatures += model.OkCounts[i];
        }

        return classifier;
    }

    /// <summary>A compact copy of the learned counts for persistence.</summary>
    public NaiveBayesModel ToModel()
    {
        var buckets = _counts.Keys.Order().ToArray();
        return new NaiveBayesModel(
            Extractor.Bits, Extractor.ContactFeatures, Alpha, FlaggedDocuments, OkDocuments, buckets,
            [.. buckets.Select(b => _counts[b].Flagged)], [.. buckets.Select(b => _counts[b].Ok)]);
    }

    /// <summary>Learns every example.</summary>
    public void Train(IEnumerable<LabeledExample> examples)
    {
        foreach (var example in examples)
        {
            Update(example.Text, example.Flagged);
        }
    }

    /// <summary>Learns one labelled example, e.g. a human moderator's decision.</summary>
    public void Update(string text, bool flagged)
    {
        var buckets = Extractor.Extract(text);
        foreach (var bucket in buckets)
        {
            ref var counts = ref CollectionsMarshal.GetValueRefOrAddDefault(_counts, bucket, out _);
            counts = flagged ? counts with { Flagged = counts.Flagged + 1 } : counts with { Ok = counts.Ok + 1 };
        }

        if (flagged)
        {
            FlaggedDocuments++;
            _flaggedFeatures += buckets.Length;
        }
        else
        {
            OkDocuments++;
            _okFeatures += buckets.Length;
        }
    }

    /// <summary>The probability that <paramref name="text"/> belongs to the flagged class; 0.5 untrained.</summary>
    public double Score(string text) => 1 / (1 + Math.Exp(-LogOdds(text)));

    /// <summary>
    /// The log-odds of the flagged class. Naive Bayes treats features as independent, so long texts
    /// get extreme odds: rank and threshold by it, do not read it as a calibrated probability.
    /// </summary>
    public double LogOdds(string text)
    {
        var logOdds = Math.Log((FlaggedDocuments + 1.0) / (OkDocuments + 1.0));
        var vocabulary = Alpha * Math.Max(1, _counts.Count);
        var flaggedDenominator = Math.Log(_flaggedFeatures + vocabulary);
        var okDenominator = Math.Log(_okFeatures + vocabulary);
        foreach (var bucket in Extractor.Extract(text))
        {
            // Features never seen in training carry no evidence either way.
            if (_counts.TryGetValue(bucket, out var counts))
            {
                logOdds += Math.Log(counts.Flagged + Alpha) - flaggedDenominator - Math.Log(counts.Ok + Alpha) + okDenominator;
            }
        }

        return logOdds;
    }

    private readonly record struct FeatureCounts(int Flagged, int Ok);
}
