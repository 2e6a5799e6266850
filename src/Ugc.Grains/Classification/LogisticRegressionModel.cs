namespace Ugc.Grains.Classification;

/// <summary>
/// The persisted form of a <see cref="LogisticRegressionClassifier"/>: sparse weights in ascending bucket order
/// (two parallel arrays), the bias, the calibration, and the settings needed to score the same way.
/// </summary>
/// <param name="BucketBits">The feature extractor's log2 bucket count.</param>
/// <param name="ContactFeatures">Whether the extractor adds contact-detail features.</param>
/// <param name="Bias">The margin of a text with no known features.</param>
/// <param name="CalibrationSlope">Platt's A.</param>
/// <param name="CalibrationIntercept">Platt's B.</param>
/// <param name="FlaggedExamples">Flagged examples learned.</param>
/// <param name="OkExamples">Ok examples learned.</param>
/// <param name="Buckets">Feature buckets with a weight, ascending.</param>
/// <param name="Weights">Per bucket, its weight.</param>
/// <param name="NumberShapes">Whether the extractor counts numbers by their shape.</param>
[GenerateSerializer, Alias("ugc.state.logistic-regression-model")]
public sealed record LogisticRegressionModel(
    [property: Id(0)] int BucketBits,
    [property: Id(1)] bool ContactFeatures,
    [property: Id(2)] float Bias,
    [property: Id(3)] double CalibrationSlope,
    [property: Id(4)] double CalibrationIntercept,
    [property: Id(5)] long FlaggedExamples,
    [property: Id(6)] long OkExamples,
    [property: Id(7)] int[] Buckets,
    [property: Id(8)] float[] Weights,
    [property: Id(9)] bool NumberShapes);
