namespace Ugc.Grains.Classification;

/// <summary>
/// How <see cref="LogisticRegressionClassifier"/> trains. The defaults were chosen by cross-validation (folds by
/// pattern) inside the training split of the built-in corpora, never on the held-out split; character 4-grams
/// were tried there too and lost (spam recall at a 2% false-positive rate fell from 0.92 to 0.82).
/// </summary>
public sealed record LogisticRegressionOptions
{
    /// <summary>log2 of the feature bucket count.</summary>
    /// <value>The default is 18.</value>
    public int Bits { get; init; } = HashedFeatureExtractor.DefaultBits;

    /// <summary>Whether contact details add a feature per kind.</summary>
    /// <value>The default is true.</value>
    public bool ContactFeatures { get; init; } = true;

    /// <summary>Whether numbers count by their shape ("#2") rather than their value.</summary>
    /// <value>The default is true: a number's value says nothing about spam, and the corpus generates phone numbers digit by digit.</value>
    public bool NumberShapes { get; init; } = true;

    /// <summary>Passes over the training set.</summary>
    /// <value>The default is 12.</value>
    public int Epochs { get; init; } = 12;

    /// <summary>AdaGrad's base learning rate.</summary>
    /// <value>The default is 0.5.</value>
    public double LearningRate { get; init; } = 0.5;

    /// <summary>L2 penalty per feature and step: keeps any single word from deciding alone.</summary>
    /// <value>The default is 1e-3.</value>
    public double L2 { get; init; } = 1e-3;

    /// <summary>Word pairs seen in fewer training examples than this get no weight (words always do).</summary>
    /// <value>The default is 2: a pair seen once is noise, and dropping them keeps the stored model small.</value>
    public int MinPhraseExamples { get; init; } = 2;

    /// <summary>Folds (by pattern) whose out-of-fold margins fit the probability calibration.</summary>
    /// <value>The default is 5.</value>
    public int CalibrationFolds { get; init; } = 5;

    /// <summary>Fewest examples of each class needed to calibrate; with fewer, margins map to probabilities as they are.</summary>
    /// <value>The default is 20.</value>
    public int MinCalibrationExamples { get; init; } = 20;

    /// <summary>Learning rate of one on-line label: each step moves the text's margin by at most this much.</summary>
    /// <value>The default is 1.</value>
    public double OnlineRate { get; init; } = 1.0;

    /// <summary>Steps taken on one on-line label.</summary>
    /// <value>The default is 3.</value>
    public int OnlineSteps { get; init; } = 3;

    /// <summary>Weights smaller than this are dropped after training.</summary>
    /// <value>The default is 1e-3.</value>
    public double PruneBelow { get; init; } = 1e-3;
}
