namespace Ugc.Grains.Classification;

/// <summary>
/// The persisted form of a <see cref="NaiveBayesClassifier"/>: sparse per-bucket document counts in
/// ascending bucket order (three parallel arrays), plus the settings needed to score the same way.
/// </summary>
/// <param name="BucketBits">The feature extractor's log2 bucket count.</param>
/// <param name="ContactFeatures">Whether the extractor adds contact-detail features.</param>
/// <param name="Alpha">The Laplace smoothing constant.</param>
/// <param name="FlaggedDocuments">Flagged examples learned.</param>
/// <param name="OkDocuments">Ok examples learned.</param>
/// <param name="Buckets">Feature buckets seen, ascending.</param>
/// <param name="FlaggedCounts">Per bucket, flagged examples that had the feature.</param>
/// <param name="OkCounts">Per bucket, ok examples that had the feature.</param>
[GenerateSerializer, Alias("ugc.state.naive-bayes-model")]
public sealed record NaiveBayesModel(
    [property: Id(0)] int BucketBits,
    [property: Id(1)] bool ContactFeatures,
    [property: Id(2)] double Alpha,
    [property: Id(3)] long FlaggedDocuments,
    [property: Id(4)] long OkDocuments,
    [property: Id(5)] int[] Buckets,
    [property: Id(6)] int[] FlaggedCounts,
    [property: Id(7)] int[] OkCounts);
